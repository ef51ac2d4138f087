using System.Collections.Immutable;
using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Takealot.Tests.Support;

/// <summary>Projected products as the hub pushes them.</summary>
public static class Products
{
    /// <summary>A unique SKU.</summary>
    public static string Sku(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>An active one-variant product push, with a compare-at (RRP) price when given.</summary>
    public static ProductPush Push(string sku, decimal price, decimal qty, decimal? compareAt = null, string? barcode = null) => new(new Product
    {
        SourceProductCode = sku,
        Title = "Product " + sku,
        Variants = [new Variant
        {
            SourceVariantCode = sku,
            Sku = sku,
            Barcode = barcode,
            Price = price,
            Qty = qty,
            Meta = compareAt is { } c ? [new MetaField("compare_at_price", c.ToString(CultureInfo.InvariantCulture), "decimal")] : ImmutableArray<MetaField>.Empty,
        }],
    }, ChannelProductStatus.Active, null);
}
