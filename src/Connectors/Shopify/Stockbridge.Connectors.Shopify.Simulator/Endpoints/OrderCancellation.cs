using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Cancels an order as the merchant does in the Shopify admin: <c>cancelled_at</c> and <c>cancel_reason</c> set, then
/// <c>orders/cancelled</c> fires with the order's body. A fulfilled order or one already cancelled is refused with 422, as
/// Shopify refuses them. Restocking and refunding are the merchant's separate choices and are not simulated here.
/// </summary>
public static class OrderCancellation
{
    public static IResult Apply(ShopState s, long orderId, string reason)
    {
        if (!s.Orders.TryGetValue(orderId, out var order)) return Results.Json(new { errors = "Not Found" }, statusCode: 404);
        if (order.CancelledAt is not null) return Results.Json(new { errors = "Order has already been cancelled." }, statusCode: 422);
        if (order.Fulfillments.Count > 0) return Results.Json(new { errors = "Cannot cancel an order that has fulfillments." }, statusCode: 422);
        order.CancelledAt = s.Now;
        order.CancelReason = reason;
        order.UpdatedAt = s.Now;
        var body = RestPayloads.Order(order, s);
        s.Publish("orders/cancelled", body);
        return Results.Text(RestPayloads.Serialize(body), "application/json", statusCode: 200);
    }
}
