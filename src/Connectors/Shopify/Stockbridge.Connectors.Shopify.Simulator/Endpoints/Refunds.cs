using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Refunds part of an order as the merchant would in the Shopify admin; fires refunds/create.</summary>
public static class Refunds
{
    public static IResult Apply(ShopState s, long orderId, RefundRequest body)
    {
        if (!s.Orders.TryGetValue(orderId, out var order)) return Results.Json(new { errors = "Not Found" }, statusCode: 404);
        var line = order.LineItems.FirstOrDefault(l => l.Sku == body.Sku);
        if (line is null || body.Quantity <= 0 || body.Quantity > line.Quantity)
            return Results.Json(new { errors = "Invalid refund line." }, statusCode: 422);
        var refund = RestPayloads.Refund(s.NewId(), order, line, body.Quantity, s.Now);
        order.UpdatedAt = s.Now;
        s.Publish("refunds/create", refund);
        return Results.Text(RestPayloads.Serialize(refund), "application/json", statusCode: 201);
    }
}
