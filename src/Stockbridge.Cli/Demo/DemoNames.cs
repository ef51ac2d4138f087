using Stockbridge.Connectors;
using Stockbridge.Demo;

namespace Stockbridge.Cli.Demo;

/// <summary>What the demo calls its two systems on screen: their display names from the connectors' manifests.</summary>
internal sealed record DemoNames(string Erp, string Channel, string? Fulfillment = null)
{
    public DemoNames(DemoEnvironment world) : this(Of(world.SourceModule), string.Join(" + ", world.Channels.Select(c => c.Name)), world.FulfillmentModule is { } m ? Of(m) : null)
    {
    }

    public static string Of(ConnectorModule module) => module.Factory.Manifest.DisplayName;
}
