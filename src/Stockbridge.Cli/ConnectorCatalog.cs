using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Connectors.Syspro;

namespace Stockbridge.Cli;

/// <summary>The connectors built into this <c>stockbridge</c> command.</summary>
internal static class ConnectorCatalog
{
    public static IReadOnlyList<IConnectorFactory> All { get; } = [new SysproConnectorFactory(), new ShopifyConnectorFactory()];

    public static IConnectorFactory? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Manifest.Key, key, StringComparison.Ordinal));
}
