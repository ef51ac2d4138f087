using Stockbridge.Connectors.Channel;

namespace Stockbridge.Connectors.Shopify.Stock;

/// <summary>
/// inventorySetQuantities refused the batch because a quantity changed in Shopify since the hub last wrote it
/// (a sale, or a person editing stock): nothing was written. Transient: retry the batch with
/// <see cref="Channel.StockPush.ExpectedCurrent"/> set from <see cref="Conflicts"/> (re-read just now) and a freshly
/// computed quantity, so a sale Shopify has seen and the hub has not yet is never overwritten.
/// </summary>
public sealed class ShopifyStockConflictException(IReadOnlyList<StockConflict> conflicts)
    : StockConflictException(
        "Shopify stock changed since it was last written (compare-and-swap failed) for " +
        string.Join(", ", conflicts.Select(c => $"{c.Sku} (expected {c.Expected}, now {c.Current})")) + "; nothing was written.",
        conflicts.GroupBy(c => c.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Current), StringComparer.Ordinal))
{
    /// <summary>The SKUs whose quantity differed, with the quantity Shopify holds now.</summary>
    public IReadOnlyList<StockConflict> Conflicts { get; } = conflicts;
}
