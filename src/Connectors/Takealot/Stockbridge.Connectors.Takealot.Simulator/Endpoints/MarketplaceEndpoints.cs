using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>
/// The Marketplace API v1 surface (<c>X-API-Key</c>): <c>/v1/status</c>, offers by SKU (read, and leadtime stock written as
/// <c>seller_warehouse_stock</c>), and seller shipments of leadtime order items. The shipment write is an ASSUMED contract
/// (Takealot lists <c>/shipments</c> but publishes no request shape): <c>POST /v1/shipments</c>
/// <c>{order_id, order_item_ids[], tracking_number, courier, tracking_url}</c> → 201 with the shipment; the same items with
/// the same tracking number again → 200 with the existing shipment; an item already shipped otherwise, or not a leadtime item
/// of that order → 409 <c>{message}</c>.
/// </summary>
public static class MarketplaceEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, TakealotState state, TakealotWebhooks webhooks)
    {
        app.MapGet("/v1/status", () => Results.Json(new { status = "ok" }));
        app.MapGet("/v1/offers/by_sku/{sku}", (string sku) => state.Read(s => s.BySku(sku) is { } offer ? Results.Json(V1Offer(s, offer)) : throw new TakealotRequestException(404, $"No offer with SKU '{sku}'.")));
        app.MapPatch("/v1/offers/by_sku/{sku}", async (string sku, HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw new TakealotRequestException(400, "The body must be a JSON object.");
            var v2 = new JsonObject();
            if (body["selling_price"] is { } price) v2["selling_price"] = price.DeepClone();
            if (body["seller_warehouse_stock"] is JsonArray stock)
                v2["leadtime_stock"] = new JsonArray([.. stock.OfType<JsonObject>().Select(i => (JsonNode)new JsonObject { ["merchant_warehouse_id"] = i["seller_warehouse_id"]?.DeepClone(), ["quantity"] = i["quantity_available"]?.DeepClone() })]);
            return state.Read(s =>
            {
                var offer = s.BySku(sku) ?? throw new TakealotRequestException(404, $"No offer with SKU '{sku}'.");
                var errors = OfferWriter.Apply(s, offer, v2);
                if (errors.Count > 0) throw new TakealotRequestException(400, string.Join(" ", errors.Select(e => $"{e["code"]}: {e["message"]}")));
                return Results.Json(V1Offer(s, offer));
            });
        });
        app.MapPost("/v1/shipments", async (HttpRequest request) =>
        {
            JsonObject body;
            try { body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw new TakealotRequestException(400, "The body must be a JSON object."); }
            catch (JsonException e) { throw new TakealotRequestException(400, "The body is not valid JSON: " + e.Message); }
            var (shipment, created, sales) = state.Read(s => Ship(s, body));
            if (created)
                foreach (var sale in sales)
                    webhooks.Publish(TakealotWebhookEvents.SaleStatusChanged, new JsonObject { ["sale"] = SaleJson.Of(sale), ["event_timestamp_utc"] = shipment.CreatedAt.ToString("O", CultureInfo.InvariantCulture) });
            return Results.Json(ShipmentJson.Of(shipment), statusCode: created ? 201 : 200);
        });
        app.MapGet("/v1/shipments/{id}", (string id) => state.Read(s =>
            s.Shipments.Find(x => x.ShipmentId.ToString(CultureInfo.InvariantCulture) == id) is { } shipment
                ? Results.Json(ShipmentJson.Of(shipment)) : throw new TakealotRequestException(404, $"Shipment {id} not found.")));
    }

    private static (TakealotShipment Shipment, bool Created, List<TakealotSale> Sales) Ship(TakealotState s, JsonObject body)
    {
        var orderId = body["order_id"] is JsonValue o && o.TryGetValue<int>(out var oid) ? oid : throw new TakealotRequestException(400, "order_id is required.");
        var itemIds = (body["order_item_ids"] as JsonArray)?.Select(i => i is JsonValue v && v.TryGetValue<int>(out var n) ? n : throw new TakealotRequestException(400, "order_item_ids must be numbers.")).ToList()
            ?? throw new TakealotRequestException(400, "order_item_ids is required.");
        var tracking = body["tracking_number"]?.GetValue<string>() is { Length: > 0 } t ? t : throw new TakealotRequestException(400, "tracking_number is required.");
        if (itemIds.Count == 0) throw new TakealotRequestException(400, "order_item_ids must name at least one item.");
        var sales = itemIds.Select(id => s.Sales.Find(x => x.OrderItemId == id && x.OrderId == orderId)
            ?? throw new TakealotRequestException(409, $"Order {orderId} has no item {id}.")).ToList();
        if (sales.Find(x => !x.IsLeadtime) is { } dc) throw new TakealotRequestException(409, $"Order item {dc.OrderItemId} ships from Takealot's {dc.Dc.Code} DC; the seller does not ship it.");
        if (sales.All(x => x.Shipment is { } sh && sh.TrackingNumber == tracking)) return (sales[0].Shipment!, false, sales);
        if (sales.Find(x => x.Shipment is not null) is { } shipped) throw new TakealotRequestException(409, $"Order item {shipped.OrderItemId} was already shipped with tracking number {shipped.Shipment!.TrackingNumber}.");
        var shipment = new TakealotShipment(s.NextNumber(), orderId, itemIds, tracking, body["courier"]?.GetValue<string>(), body["tracking_url"]?.GetValue<string>(), s.Time.GetUtcNow());
        s.Shipments.Add(shipment);
        foreach (var sale in sales) { sale.Shipment = shipment; sale.SaleStatus = "Shipped by Seller"; }
        return (shipment, true, sales);
    }

    private static JsonObject V1Offer(TakealotState s, TakealotOffer offer) => new()
    {
        ["offer_id"] = offer.OfferId,
        ["sku"] = offer.Sku,
        ["barcode"] = offer.Product.Barcode,
        ["product_label"] = offer.Product.Barcode,
        ["selling_price"] = offer.SellingPrice,
        ["seller_warehouse_stock"] = new JsonArray([.. s.MerchantWarehouses.Select(w => (JsonNode)new JsonObject { ["seller_warehouse_id"] = w.Id, ["quantity_available"] = offer.LeadtimeStock.GetValueOrDefault(w.Id) })]),
    };
}
