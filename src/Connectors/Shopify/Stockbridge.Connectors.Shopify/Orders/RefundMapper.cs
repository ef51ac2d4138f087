using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Wire;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>
/// Maps a <c>refunds/create</c> body (REST shape, Shopify's published refund example) to a canonical <see cref="Refund"/>: each
/// refund_line_items entry (line_item_id, quantity, subtotal, total_tax; SKU from its line_item), shipping from
/// refund_shipping_lines' subtotal_amount_set (2024-10 on) or, for older bodies, the shipping_refund order adjustment, and the
/// money returned as the sum of the successful refund transactions. Shipping is stored ex tax: in a shop whose prices include
/// tax, the refunded shipping line's tax is taken off (<paramref name="taxesIncluded"/>, read from the order).
/// </summary>
public static class RefundMapper
{
    /// <summary>The refund in <paramref name="body"/>.</summary>
    public static Refund Map(JsonElement body, bool taxesIncluded)
    {
        var id = body.Str("id") ?? throw new JsonException("The refund has no id.");
        var lines = body.Arr("refund_line_items").Select(l => new RefundLine(
            l.Str("line_item_id"), l.Prop("line_item")?.Str("sku"), l.Dec("quantity") ?? 0,
            l.RestShopMoney("subtotal_set") ?? l.Dec("subtotal") ?? 0, l.RestShopMoney("total_tax_set") ?? l.Dec("total_tax") ?? 0)).ToList();
        decimal shipping;
        var shippingLines = body.Arr("refund_shipping_lines").ToList();
        if (shippingLines.Count > 0)
        {
            shipping = shippingLines.Sum(s =>
            {
                var subtotal = s.RestShopMoney("subtotal_amount_set") ?? 0;
                if (!taxesIncluded || s.Prop("shipping_line") is not { } line) return subtotal;
                var charged = line.Dec("discounted_price") ?? line.Dec("price") ?? 0;
                var tax = line.Arr("tax_lines").Sum(t => t.Dec("price") ?? 0);
                return charged == 0 ? subtotal : subtotal - Math.Round(tax * subtotal / charged, 2, MidpointRounding.AwayFromZero);
            });
        }
        else
        {
            shipping = -body.Arr("order_adjustments").Where(a => a.Str("kind") == "shipping_refund")
                .Sum(a => (a.Dec("amount") ?? 0) - (taxesIncluded ? a.Dec("tax_amount") ?? 0 : 0));
        }
        var amount = body.Arr("transactions").Where(t => t.Str("kind") == "refund" && t.Str("status") is "success" or "pending")
            .Sum(t => t.Dec("amount") ?? 0);
        return new Refund
        {
            ChannelRefundId = id,
            CreatedAt = body.Str("created_at") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
            Lines = [.. lines],
            Shipping = shipping,
            Amount = amount,
            Note = body.Str("note"),
        };
    }
}
