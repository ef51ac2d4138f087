using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Products;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Drift snapshots: quantity at the mapped locations (all locations when none are mapped), prices and status by SKU.</summary>
public sealed partial class ShopifyConnector
{
    private const string SnapshotQuery =
        "query StockbridgeSnapshot($q: String!, $n: Int!) { productVariants(first: $n, query: $q) { nodes { sku price compareAtPrice product { status } "
        + "inventoryItem { inventoryLevels(first: 10) { nodes { location { id } quantities(names: [\"available\"]) { quantity } } } } } } }";

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        var mapped = Settings.LocationMap.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var snapshots = new List<ChannelSnapshot>();
        foreach (var chunk in skus.Distinct().Chunk(20))
        {
            var data = await QueryAsync(SnapshotQuery, new { q = SkuQuery(chunk), n = chunk.Length }, 2 + chunk.Length * 36, cancellationToken);
            foreach (var v in data.Nodes("productVariants"))
            {
                var levels = v.Prop("inventoryItem")?.Nodes("inventoryLevels") ?? [];
                var quantity = levels.Where(l => mapped.Count == 0 || mapped.Contains(l.Prop("location")?.Str("id") ?? ""))
                    .Sum(l => l.Arr("quantities").Sum(q => q.Dec("quantity") ?? 0));
                snapshots.Add(new ChannelSnapshot(v.Str("sku")!, quantity, v.Dec("price"), v.Dec("compareAtPrice"),
                    ShopifyProductStatus.From(v.Prop("product")?.Str("status"))));
            }
        }
        return snapshots;
    }
}
