using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>
/// What is left of an order once its refunds are taken off: the order the source should hold. Each refunded line loses the
/// refunded units (matched by the channel's line id, else by SKU) and its net, discount and tax in proportion, to the cent; a
/// line refunded in full is gone. Refunded shipping comes off the shipping lines in order; a shipping line refunded in full is
/// gone. A refund of money only changes nothing here. Pure: no I/O.
/// </summary>
public static class OrderRefunds
{
    /// <summary>Every refund's units and shipping taken off <paramref name="order"/>; the order itself when it has none.</summary>
    public static Order Remaining(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Refunds is not { Length: > 0 } refunds) return order;
        var refundLines = refunds.SelectMany(r => r.Lines).Where(l => l.Qty > 0).ToList();
        var lines = new List<LineItem>();
        var used = new bool[refundLines.Count];
        foreach (var line in order.LineItems)
        {
            decimal refunded = 0;
            for (var i = 0; i < refundLines.Count; i++)
            {
                if (used[i] || !Matches(refundLines[i], line, order.LineItems)) continue;
                refunded += refundLines[i].Qty;
                used[i] = true;
            }
            if (refunded == 0) { lines.Add(line); continue; }
            var left = line.Qty - refunded;
            if (left <= 0) continue;
            lines.Add(Scaled(line, left));
        }
        var shippingLeft = refunds.Sum(r => r.Shipping);
        var shipping = new List<ShippingLine>();
        foreach (var s in order.ShippingLines)
        {
            var cut = Math.Min(s.Net, Math.Max(0, shippingLeft));
            shippingLeft -= cut;
            if (cut == 0) shipping.Add(s);
            else if (s.Net - cut > 0) shipping.Add(s with { Price = s.Price - cut });
        }
        return order with { LineItems = [.. lines], ShippingLines = [.. shipping] };
    }

    /// <summary>Whether nothing is left to deliver or charge: every line and all shipping refunded.</summary>
    public static bool IsFullyRefunded(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Refunds is not { Length: > 0 }) return false;
        var left = Remaining(order);
        return left.LineItems.IsEmpty && OrderValue.Shipping(left) == 0;
    }

    private static bool Matches(RefundLine refund, LineItem line, ImmutableArray<LineItem> all)
    {
        if (refund.ChannelLineId is { } id && line.ChannelLineId is { } lineId) return Normalise(id) == Normalise(lineId);
        // Without ids on both sides, the SKU decides (only when one line carries it, so units never go to the wrong line).
        return refund.Sku is { } sku && line.Sku == sku && all.Count(l => l.Sku == sku) == 1;
    }

    private static string Normalise(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static LineItem Scaled(LineItem line, decimal qty)
    {
        var share = qty / line.Qty;
        return line with
        {
            Qty = qty,
            NetTotal = line.NetTotal is { } net ? OrderValue.Cents(net * share) : null,
            TotalDiscount = OrderValue.Cents(line.TotalDiscount * share),
            Discounts = [.. line.Discounts.Select(d => d with { Amount = OrderValue.Cents(d.Amount * share) })],
            TaxLines = [.. line.TaxLines.Select(t => t with { Price = OrderValue.Cents(t.Price * share) })],
        };
    }
}
