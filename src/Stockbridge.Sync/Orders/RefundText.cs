using System.Globalization;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Orders;

/// <summary>A refund in words for an order's history, the console and job reasons: "2 × SKU-1, shipping 50.00; 230.00 returned (refund 123)".</summary>
public static class RefundText
{
    /// <summary>What the refund gave back and returned.</summary>
    public static string Describe(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var parts = refund.Lines.Where(l => l.Qty > 0).Select(l => $"{Qty(l.Qty)} × {l.Sku ?? "line " + l.ChannelLineId}").ToList();
        if (refund.Shipping > 0) parts.Add($"shipping {Money(refund.Shipping)}");
        var what = parts.Count > 0 ? string.Join(", ", parts) : "money only, no items or shipping";
        return $"{what}; {Money(refund.Amount)} returned to the customer (refund {refund.ChannelRefundId})";
    }

    /// <summary>An amount as the history writes it: two decimals, invariant.</summary>
    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Qty(decimal qty) => qty.ToString("0.###", CultureInfo.InvariantCulture);
}
