namespace Stockbridge.Connectors.Simulation;

/// <summary>
/// How to start a connector's simulator: a separate app speaking the outside system's own wire protocol. Used by
/// <c>stockbridge simulate &lt;key&gt;</c>, the demo, the compliance kits and the connector template.
/// </summary>
public interface ISimulatorDescriptor
{
    /// <summary>The connector's key (the same as its manifest's), e.g. <c>shopify</c>.</summary>
    string Key { get; }

    /// <summary>One line saying what the simulator serves (shown by <c>simulate --help</c>).</summary>
    string Summary { get; }

    /// <summary>The flags <see cref="SimulatorStart.Arguments"/> may carry, for help text.</summary>
    IReadOnlyList<SimulatorFlag> Flags { get; }

    /// <summary>Starts the simulator on 127.0.0.1 and returns once it answers.</summary>
    Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken);
}
