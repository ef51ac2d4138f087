using Stockbridge.Connectors;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Demo;

/// <summary>One sales channel of the demo: its connector module, its simulator, and the hub connection that points at it.</summary>
/// <param name="Module">The channel connector.</param>
/// <param name="Simulator">The channel's simulator.</param>
public sealed record DemoChannel(ConnectorModule Module, IChannelSimulator Simulator)
{
    /// <summary>The channel connection's id.</summary>
    public string ConnectionId => DemoIds.Connection(Module.Key);

    /// <summary>What the demo calls it on screen.</summary>
    public string Name => Module.Factory.Manifest.DisplayName;
}
