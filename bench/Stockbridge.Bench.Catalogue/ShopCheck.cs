using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Compares the simulated shop's own state with the expected catalogue: each SKU's variant price and its available
/// quantity summed over locations. The shop's lock is held only while its variants and levels are copied.
/// </summary>
internal static class ShopCheck
{
    public static async Task<int> VariantCountAsync(ShopifySimulatorHost shop, CancellationToken cancellationToken) =>
        await shop.ReadAsync(s => s.Products.Values.Sum(p => p.Variants.Count), cancellationToken);

    public static async Task<ShopMatch> CompareAsync(ShopifySimulatorHost shop, IReadOnlyDictionary<string, ExpectedVariant> expected, CancellationToken cancellationToken)
    {
        var (variants, levels) = await shop.ReadAsync(s => (
            s.AllVariants.Where(v => v.Sku is not null).Select(v => (Sku: v.Sku!, v.Price, v.InventoryItemId)).ToList(),
            s.Levels.ToList()), cancellationToken);
        var available = new Dictionary<long, int>();
        foreach (var (key, quantity) in levels) available[key.Item] = available.GetValueOrDefault(key.Item) + quantity;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int wrongPrice = 0, wrongQuantity = 0;
        foreach (var (sku, price, item) in variants)
        {
            if (!expected.TryGetValue(sku, out var want) || !seen.Add(sku)) continue;
            if (price != want.Price) wrongPrice++;
            if (available.GetValueOrDefault(item) != want.Quantity) wrongQuantity++;
        }
        return new ShopMatch(expected.Count, variants.Count, expected.Count - seen.Count, wrongPrice, wrongQuantity);
    }
}
