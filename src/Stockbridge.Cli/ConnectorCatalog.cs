using Stockbridge.Connectors;

namespace Stockbridge.Cli;

/// <summary>The connectors built into this <c>stockbridge</c> command.</summary>
internal static class ConnectorCatalog
{
    public static IReadOnlyList<IConnectorFactory> All { get; } = [];

    public static IConnectorFactory? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Manifest.Key, key, StringComparison.Ordinal));
}
