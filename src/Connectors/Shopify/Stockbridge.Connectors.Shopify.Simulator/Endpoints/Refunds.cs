using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Refunds part of an order as the merchant would in the Shopify admin, then fires <c>refunds/create</c>. Each refunded line's
/// subtotal is its price less its discounts for the refunded units and its tax is its tax lines' share, to the cent (Shopify's
/// calculate endpoint does the same); refunded shipping is the shipping after its discounts. A quantity above what is left to
/// refund, an unknown SKU or a cancelled order is refused with 422.
/// </summary>
public static class Refunds
{
    public static IResult Apply(ShopState s, long orderId, RefundRequest body)
    {
        if (!s.Orders.TryGetValue(orderId, out var order)) return Results.Json(new { errors = "Not Found" }, statusCode: 404);
        var wanted = body.Lines ?? (body.Sku is null ? [] : [new RefundRequestLine(body.Sku, body.Quantity)]);
        var lines = new List<(SimLineItem Line, int Quantity)>();
        foreach (var w in wanted)
        {
            var line = order.LineItems.FirstOrDefault(l => l.Sku == w.Sku);
            if (line is null || w.Quantity <= 0 || w.Quantity > line.Quantity - line.RefundedQuantity)
                return Results.Json(new { errors = new { refund_line_items = new[] { $"Quantity cannot refund more items than were purchased ({w.Sku})" } } }, statusCode: 422);
            lines.Add((line, w.Quantity));
        }
        var shipping = body.Shipping && !order.ShippingRefunded ? order.ShippingLines : [];
        if (lines.Count == 0 && shipping.Count == 0 && body.Amount is not > 0)
            return Results.Json(new { errors = new { @base = new[] { "Refund must have at least one line item, shipping or an amount" } } }, statusCode: 422);
        foreach (var (line, quantity) in lines) line.RefundedQuantity += quantity;
        if (shipping.Count > 0) order.ShippingRefunded = true;
        var refund = RestPayloads.Refund(s.NewId(), order, lines, shipping, body.Amount, body.Note, s.Now, s.NewId);
        order.FinancialStatus = order.LineItems.All(l => l.RefundedQuantity >= l.Quantity) ? "refunded" : "partially_refunded";
        order.UpdatedAt = s.Now;
        s.Publish("refunds/create", refund);
        return Results.Text(RestPayloads.Serialize(refund), "application/json", statusCode: 201);
    }
}
