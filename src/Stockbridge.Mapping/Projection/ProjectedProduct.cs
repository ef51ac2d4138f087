using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Mapping.Projection;

/// <summary>
/// A product as one channel should show it, with its status and projection hash. The hash is
/// <c>{shape}.{stock}</c>: the content hash of everything but quantities, and the content hash of the SKU→quantity map,
/// so a stock-only change is visible as a change of the second half only (the fast path).
/// </summary>
/// <param name="Product">The projected product: variant <c>price</c> = chosen tier, <c>qty</c> = guarded quantity,
/// compare-at in variant meta (<see cref="ProjectionMeta"/>), no price tiers and no warehouse breakdown.</param>
/// <param name="Status">How the channel should show it (hashed as its <see cref="StoredChannelStatus"/> word).</param>
/// <param name="ShapeHash">Content hash of the projection without quantities.</param>
/// <param name="StockHash">Content hash of the SKU → quantity map.</param>
public sealed record ProjectedProduct(Product Product, ChannelProductStatus Status, string ShapeHash, string StockHash)
{
    /// <summary>The projection hash stored as a link's pushed hash.</summary>
    public string Hash => $"{ShapeHash}.{StockHash}";

    /// <summary>The shape half of a stored projection hash, or null.</summary>
    public static string? ShapeOf(string? hash) => hash is null || hash.IndexOf('.', StringComparison.Ordinal) < 0 ? null : hash[..hash.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>Whether the product is shown for sale.</summary>
    public bool IsActive => Status == ChannelProductStatus.Active;

    /// <summary>Each variant's pushed quantity by SKU.</summary>
    public IReadOnlyDictionary<string, decimal> Quantities =>
        Product.Variants.ToDictionary(v => v.Sku, v => v.Qty ?? 0m, StringComparer.Ordinal);
}
