using System.Globalization;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.WooCommerce.Products;

/// <summary>
/// A variant's WooCommerce prices. The selling price is what the shopper pays (the price tier's, else the retail price);
/// when the regular-price tier is above it, that tier becomes regular_price and the selling price sale_price, else
/// regular_price is the selling price and sale_price is empty (which clears a sale WooCommerce held).
/// </summary>
public static class WooPrices
{
    public static (string Regular, string Sale) For(Variant v, string? priceTier, string? compareAtTier)
    {
        ArgumentNullException.ThrowIfNull(v);
        var price = Selling(v, priceTier);
        return compareAtTier is not null && v.PriceTiers.TryGetValue(compareAtTier, out var compare) && compare > price
            ? (Money(compare), Money(price))
            : (Money(price), "");
    }

    /// <summary>The tier's price when a tier is set and present, else the retail price, else the only tier's price, else 0.</summary>
    public static decimal Selling(Variant v, string? tier)
    {
        ArgumentNullException.ThrowIfNull(v);
        return tier is not null && v.PriceTiers.TryGetValue(tier, out var tiered) ? tiered
            : v.Price ?? (v.PriceTiers.Count == 1 ? v.PriceTiers.Values.First() : 0m);
    }

    /// <summary>A price as WooCommerce's decimal string, 2 places.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
