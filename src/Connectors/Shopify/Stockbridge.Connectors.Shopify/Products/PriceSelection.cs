using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Products;

/// <summary>Chooses a variant's Shopify price and compare-at price from its tiers per the connection's settings.</summary>
public static class PriceSelection
{
    /// <summary>The tier's price when a tier is set and present, else the retail price, else the only tier's price, else 0.</summary>
    public static decimal Price(Variant v, string? tier) =>
        tier is not null && v.PriceTiers.TryGetValue(tier, out var tiered) ? tiered
        : v.Price ?? (v.PriceTiers.Count == 1 ? v.PriceTiers.Values.First() : 0m);

    /// <summary>The compare-at price, or null when no tier is set, it is missing, zero, or not above the price.</summary>
    public static decimal? CompareAt(Variant v, string? tier, decimal price) =>
        tier is not null && v.PriceTiers.TryGetValue(tier, out var compare) && compare > 0 && compare > price ? compare : null;
}
