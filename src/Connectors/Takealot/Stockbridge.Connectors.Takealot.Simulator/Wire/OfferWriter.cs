using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// Applies the offer write fields (<c>sku</c>, <c>selling_price</c>, <c>rrp</c>, <c>leadtime_days</c>, <c>leadtime_stock</c>,
/// <c>status_action</c>) to one offer: every field is checked first and the offer is changed only when none is refused, so a
/// refused write leaves the offer as it was. Returns the validation errors (empty: written).
/// </summary>
public static class OfferWriter
{
    /// <summary>Checks and applies <paramref name="body"/> to <paramref name="offer"/> (the caller holds the state's lock).</summary>
    public static IReadOnlyList<JsonObject> Apply(TakealotState state, TakealotOffer offer, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<JsonObject>();
        if (offer.DisabledByTakealot) return [ValidationErrors.DisabledByTakealot()];
        var sku = Text(body, "sku");
        if (sku is not null && sku.Length > 255) errors.Add(ValidationErrors.SkuTooLong());
        else if (sku is not null && state.BySku(sku) is { } other && other != offer) errors.Add(ValidationErrors.SkuTaken(sku));
        var price = Whole(body, "selling_price", min: 1, errors, ValidationErrors.PriceNotWhole);
        var rrp = Whole(body, "rrp", min: 0, errors, ValidationErrors.RrpNotWhole);
        var days = Whole(body, "leadtime_days", min: -1, errors, ValidationErrors.LeadtimeDaysInvalid);
        var stock = Stock(state, body, errors);
        var action = Text(body, "status_action");
        if (action is not null and not ("Disable" or "Re-enable")) errors.Add(ValidationErrors.StatusActionInvalid());
        var newPrice = price ?? offer.SellingPrice;
        var newRrp = rrp ?? offer.Rrp;
        if (newRrp > 0 && newPrice > newRrp) errors.Add(ValidationErrors.RrpBelowPrice(newRrp, newPrice));
        if (errors.Count > 0) return errors;

        if (sku is not null) offer.Sku = sku;
        offer.SellingPrice = newPrice;
        offer.Rrp = newRrp;
        if (days is { } d) offer.LeadtimeDays = d < 0 ? null : d;
        foreach (var (warehouse, quantity) in stock) offer.LeadtimeStock[warehouse] = quantity;
        // A leadtime of 0 days forces 0 leadtime stock.
        if (offer.LeadtimeDays == 0) foreach (var key in offer.LeadtimeStock.Keys.ToList()) offer.LeadtimeStock[key] = 0;
        if (action == "Disable") offer.DisabledBySeller = true;
        if (action == "Re-enable") offer.DisabledBySeller = false;
        return [];
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static int? Whole(JsonObject body, string name, int min, List<JsonObject> errors, Func<JsonObject> error)
    {
        if (!body.ContainsKey(name) || body[name] is null) return null;
        if (body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var whole) && whole >= min) return whole;
        if (body[name] is JsonValue d && d.TryGetValue<decimal>(out var number) && number == decimal.Truncate(number) && number >= min && number <= int.MaxValue)
            return (int)number;
        errors.Add(error());
        return null;
    }

    private static List<(int Warehouse, int Quantity)> Stock(TakealotState state, JsonObject body, List<JsonObject> errors)
    {
        var result = new List<(int, int)>();
        if (body["leadtime_stock"] is not JsonArray items) return result;
        foreach (var item in items.OfType<JsonObject>())
        {
            var id = item["merchant_warehouse_id"];
            if (id is not JsonValue idValue || !idValue.TryGetValue<int>(out var warehouse) || state.MerchantWarehouses.All(w => w.Id != warehouse))
            {
                errors.Add(ValidationErrors.UnknownWarehouse(id));
                continue;
            }
            var quantity = Whole(item, "quantity", min: 0, errors, ValidationErrors.StockNotWhole);
            if (quantity is { } q) result.Add((warehouse, q));
        }
        return result;
    }
}
