using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Products;

/// <summary>A variant's quantities per Shopify location, per the location mapping (whole units, never below zero).</summary>
public static class StockQuantities
{
    public static IReadOnlyList<(string Location, int Quantity)> For(Variant v, ShopifySettings settings, string defaultLocation)
    {
        if (settings.LocationMap.Count == 0)
            return [(defaultLocation, Whole(v.Qty ?? v.QtyAvailability.Values.Sum()))];
        return settings.LocationMap
            .Select(m => (m.Value, Whole(v.QtyAvailability.GetValueOrDefault(m.Key))))
            .ToList();
    }

    public static int Whole(decimal quantity) => quantity <= 0 ? 0 : (int)Math.Floor(Math.Min(quantity, int.MaxValue));
}
