using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Products;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Drift snapshots: each SKU read with <c>products?sku=</c> (exact), one call per SKU; a SKU WooCommerce does not hold is
/// left out. The price is what the shopper pays (<c>price</c>); the compare-at price is <c>regular_price</c> while a sale
/// price is set.
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var snapshots = new List<ChannelSnapshot>();
        foreach (var sku in skus.Distinct(StringComparer.Ordinal))
        {
            var page = await Client.GetPageAsync("products", [new("sku", sku)], 1, cancellationToken);
            if (page.Items.ValueKind != JsonValueKind.Array) continue;
            if (page.Items.EnumerateArray().Where(p => p.Str("sku") == sku).Select(p => (JsonElement?)p).FirstOrDefault() is not { } product) continue;
            var onSale = product.Str("sale_price") is { Length: > 0 };
            snapshots.Add(new ChannelSnapshot(sku,
                product.Bool("manage_stock") == true ? product.Dec("stock_quantity") : null,
                Money(product, "price") ?? Money(product, onSale ? "sale_price" : "regular_price"),
                onSale ? Money(product, "regular_price") : null,
                WooProductStatus.From(product.Str("status"))));
        }
        return snapshots;
    }

    /// <summary>A money string, with WooCommerce's empty string read as absent.</summary>
    private static decimal? Money(JsonElement e, string name) => e.Str(name) is { Length: > 0 } ? e.Dec(name) : null;
}
