namespace Stockbridge.EndToEnd.Tests.Support;

internal static class ShopStock
{
    /// <summary>Waits for a SKU the hub has pushed to Shopify with more than 5 in stock, and returns it.</summary>
    public static Task<string> FirstSkuInStockAsync(InProcessHub hub, CancellationToken ct) =>
        Eventually.GetAsync(() => hub.World.Shop.ReadAsync(s => s.AllVariants.FirstOrDefault(v => v.Sku is not null
            && s.Levels.Where(l => l.Key.Item == v.InventoryItemId).Sum(l => l.Value) > 5)?.Sku, ct), "a product on Shopify", ct);
}
