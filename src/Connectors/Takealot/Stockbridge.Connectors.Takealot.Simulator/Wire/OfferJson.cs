using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>An offer as the v2 API answers it (<c>V2Offer</c>).</summary>
public static class OfferJson
{
    /// <summary>The <c>V2Offer</c> of an offer (the caller holds the state's lock).</summary>
    public static JsonObject Of(TakealotState state, TakealotOffer offer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(offer);
        var dcTotal = offer.DcStock.Values.Sum();
        return new JsonObject
        {
            ["tsin_id"] = offer.Product.TsinId,
            ["offer_id"] = offer.OfferId,
            ["sku"] = offer.Sku,
            ["barcode"] = offer.Product.Barcode,
            ["product_label_number"] = offer.Product.Barcode,
            ["selling_price"] = offer.SellingPrice,
            ["rrp"] = offer.Rrp,
            ["leadtime_days"] = offer.LeadtimeDays ?? -1,
            ["leadtime_stock"] = new JsonArray([.. state.MerchantWarehouses.Select(w => (JsonNode)new JsonObject
            {
                ["merchant_warehouse"] = new JsonObject { ["warehouse_id"] = w.Id, ["name"] = w.Name },
                ["quantity_available"] = offer.LeadtimeStock.GetValueOrDefault(w.Id),
            })]),
            ["status"] = offer.Status,
            ["title"] = offer.Product.Title,
            ["offer_url"] = string.Create(CultureInfo.InvariantCulture, $"https://www.takealot.com/x/PLID{offer.Product.TsinId}"),
            ["stock_cover"] = new JsonArray([.. state.Dcs.Select(w => (JsonNode)new JsonObject { ["warehouse_id"] = w.Id, ["stock_cover_days"] = offer.DcStock.GetValueOrDefault(w.Id) == 0 ? 0 : -1 })]),
            ["sales_units"] = new JsonArray([.. state.Dcs.Select(w => (JsonNode)new JsonObject { ["warehouse_id"] = w.Id, ["sales_units"] = SalesUnits(state, offer, w) })]),
            ["discount"] = offer.Rrp > offer.SellingPrice && offer.Rrp > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100m * (offer.Rrp - offer.SellingPrice) / offer.Rrp, MidpointRounding.AwayFromZero)}%") : "",
            ["discount_shown"] = offer.Rrp > offer.SellingPrice,
            ["storage_fee_eligible"] = dcTotal > 0,
            ["date_created"] = offer.DateCreated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["stock_at_takealot_total"] = dcTotal,
            ["total_excess_takealot_stock"] = 0,
            ["stock_at_takealot"] = new JsonArray([.. state.Dcs.Select(w => (JsonNode)new JsonObject
            {
                ["warehouse"] = new JsonObject { ["warehouse_id"] = w.Id, ["name"] = w.Name },
                ["quantity_available"] = offer.DcStock.GetValueOrDefault(w.Id),
            })]),
            ["stock_on_way"] = new JsonArray(),
            ["total_stock_on_way"] = 0,
            ["total_stock_cover"] = dcTotal == 0 ? 0 : -1,
            ["catalogue_quality_score"] = 80,
        };
    }

    private static int SalesUnits(TakealotState state, TakealotOffer offer, TakealotWarehouse dc)
    {
        var since = state.Time.GetUtcNow().AddDays(-30);
        return state.Sales.Where(s => s.Offer == offer && s.Dc == dc && s.OrderDate >= since).Sum(s => s.Quantity);
    }
}
