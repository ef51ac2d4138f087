using Stockbridge.Connectors.ISync;
using Stockbridge.Connectors.Magento1;
using Stockbridge.Connectors.Magento2;
using Stockbridge.Connectors.Parcelninja;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Connectors.Sql;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Connectors.Takealot;
using Stockbridge.Connectors.WooCommerce;

namespace Stockbridge.Connectors.Catalog;

/// <summary>
/// The connectors built into Stockbridge: the one list the CLI, the console, <c>simulate</c> and the demo read.
/// Adding a system is its own folder under <c>src/Connectors/</c> and one line here.
/// </summary>
public static class ConnectorCatalog
{
    /// <summary>Every connector module, sources first.</summary>
    public static IReadOnlyList<ConnectorModule> Modules { get; } =
    [
        new SysproModule(),
        new ISyncModule(),
        new SqlModule(),
        new ShopifyModule(),
        new WooCommerceModule(),
        new Magento2Module(),
        new Magento1Module(),
        new TakealotModule(),
        new ParcelninjaModule(),
    ];

    /// <summary>Every connector's factory (what the hub binds connections with).</summary>
    public static IReadOnlyList<IConnectorFactory> Factories { get; } = [.. Modules.Select(m => m.Factory)];

    /// <summary>The module with this key, or null.</summary>
    public static ConnectorModule? Find(string key) =>
        Modules.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.Ordinal));
}
