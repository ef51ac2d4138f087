namespace Stockbridge.Connectors.Simulation;

/// <summary>How to start a simulator.</summary>
public sealed record SimulatorStart
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one. A <c>--port</c> in <see cref="Arguments"/> wins.</summary>
    public int Port { get; init; }

    /// <summary>The simulator's own flags (see <see cref="ISimulatorDescriptor.Flags"/>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>A folder the simulator may keep its state in; null for a temporary one it removes when disposed.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A small data set for tests (fewer seeded products, customers); false for the demo-sized one.</summary>
    public bool Small { get; init; }

    /// <summary>
    /// The waits before each retry of a failed delivery (webhooks), instead of the vendor's schedule of minutes and hours;
    /// null keeps the vendor's. Tests use milliseconds, the demo seconds.
    /// </summary>
    public IReadOnlyList<TimeSpan>? RetryDelays { get; init; }

    /// <summary>Retries after 50 ms, for tests.</summary>
    public static IReadOnlyList<TimeSpan> FastRetries { get; } = [TimeSpan.FromMilliseconds(50)];
}
