using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Moves stock outside the Admin API, so a client's compare-and-swap meets a real concurrent change.</summary>
public static class InventoryAdjust
{
    public static IResult Apply(ShopState s, InventoryAdjustRequest body)
    {
        var variant = s.VariantBySku(body.Sku);
        if (variant is null) return Results.Json(new { errors = $"No variant has SKU '{body.Sku}'." }, statusCode: 404);
        var location = body.LocationId is null ? s.Locations.First() : s.LocationById(Gid.Parse(body.LocationId, "Location") ?? 0);
        if (location is null) return Results.Json(new { errors = "No such location." }, statusCode: 404);
        var after = (s.Available(variant.InventoryItemId, location.Id) ?? 0) + body.Delta;
        s.Levels[(variant.InventoryItemId, location.Id)] = after;
        s.Publish("inventory_levels/update", RestPayloads.InventoryLevel(variant, location, after, s.Now));
        return Results.Json(new { sku = body.Sku, location_id = Gid.For("Location", location.Id), available = after });
    }
}
