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

    /// <summary>Delivery retries as fast as a test wants (e.g. webhook retries after 50 ms instead of the vendor's schedule).</summary>
    public bool FastRetries { get; init; }
}
