using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento2.Api;

namespace Stockbridge.Connectors.Magento2;

/// <summary>
/// Drift snapshots: the price and status the storefront store view shows (<c>products</c>, <c>sku in</c>, 100 a page),
/// and the quantity: in-stock MSI source items summed per SKU (or the legacy stock item). Disabled reads as archived;
/// enabled and visible as active; enabled but not visible individually is left unsaid (a configurable's children are so).
/// </summary>
public sealed partial class Magento2Connector
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var products = await Client.ReadProductsAsync(skus, Settings.StoreViewCode, cancellationToken);
        var quantities = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (Settings.StockApi == "msi")
        {
            foreach (var chunk in skus.Chunk(100))
                await foreach (var item in Client.AllAsync("inventory/source-items", new SearchQuery().Where("sku", string.Join(',', chunk), "in"), 300, cancellationToken))
                    if (item["sku"]?.ToString() is { } sku && item["status"]?.ToString() == "1")
                        quantities[sku] = quantities.GetValueOrDefault(sku) + Number(item["quantity"]);
        }
        var snapshots = new List<ChannelSnapshot>();
        foreach (var sku in skus)
        {
            if (!products.TryGetValue(sku, out var p)) continue;
            decimal? quantity = Settings.StockApi == "msi" ? quantities.GetValueOrDefault(sku) : Number(p["extension_attributes"]?["stock_item"]?["qty"]);
            var status = p["status"]?.ToString() == "2" ? ChannelProductStatus.Archived
                : p["visibility"]?.ToString() == "1" ? (ChannelProductStatus?)null : ChannelProductStatus.Active;
            snapshots.Add(new ChannelSnapshot(sku, quantity, p["price"] is null ? null : Number(p["price"]), null, status));
        }
        return snapshots;
    }

    private static decimal Number(JsonNode? node) =>
        decimal.TryParse(node?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : 0m;
}
