using Stockbridge.Connectors;
using Stockbridge.Demo;

namespace Stockbridge.Cli.Demo;

/// <summary>What the demo calls its two systems on screen: their display names from the connectors' manifests.</summary>
internal sealed record DemoNames(string Erp, string Channel)
{
    public DemoNames(DemoEnvironment world) : this(Of(world.SourceModule), Of(world.ChannelModule))
    {
    }

    public static string Of(ConnectorModule module) => module.Factory.Manifest.DisplayName;
}
