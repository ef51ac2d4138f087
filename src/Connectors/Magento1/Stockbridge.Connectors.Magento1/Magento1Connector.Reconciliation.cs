using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Products;
using Stockbridge.Connectors.Magento1.Soap;

namespace Stockbridge.Connectors.Magento1;

public sealed partial class Magento1Connector
{
    /// <summary>
    /// What Magento holds for these SKUs: quantities from one <c>catalogInventoryStockItemList</c>, price (the special price
    /// when lower) and status from <c>catalogProductInfo</c>. Enabled reads as active, Disabled as hidden. A SKU Magento does
    /// not have is left out.
    /// </summary>
    public async Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        if (skus.Count == 0) return [];
        var stock = await soap.CallAsync("catalogInventoryStockItemList", writes: false, (c, s) => c.CatalogInventoryStockItemListAsync(s, [.. skus]), cancellationToken);
        var quantities = (stock ?? []).Where(i => i.Sku is not null)
            .ToDictionary(i => i.Sku!, i => MagentoValues.Amount(i.Qty, "qty"), StringComparer.Ordinal);
        var snapshots = new List<ChannelSnapshot>(skus.Count);
        foreach (var sku in skus)
        {
            try
            {
                var info = await soap.CallAsync("catalogProductInfo", writes: false, (c, s) => c.CatalogProductInfoAsync(s, sku, null, "sku"), cancellationToken);
                var price = MagentoValues.OptionalAmount(info.Price, "price");
                var special = MagentoValues.OptionalAmount(info.SpecialPrice, "special_price");
                var selling = special is { } sp && (price is null || sp < price) ? sp : price;
                var status = info.Status switch { MagentoProductData.Enabled => ChannelProductStatus.Active, MagentoProductData.Disabled => ChannelProductStatus.Hidden, _ => (ChannelProductStatus?)null };
                snapshots.Add(new ChannelSnapshot(sku, quantities.TryGetValue(sku, out var qty) ? qty : null, selling, selling != price ? price : null, status));
            }
            catch (PermanentConnectorException e) when (e.Code == "101")
            {
                // Not on Magento: the sweep pushes it again.
            }
        }
        return snapshots;
    }
}
