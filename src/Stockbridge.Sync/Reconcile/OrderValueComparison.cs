using System.Globalization;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Reconcile;

/// <summary>
/// Compares what the channel charged for an order (<see cref="OrderValue.ExTax"/>, less refunded items and shipping: <see cref="OrderRefunds"/>) with the source's own order, to the cent; when
/// they differ, says which stock codes (lines after discounts, summed per code) and which charges (shipping, discount and
/// rounding lines) differ.
/// </summary>
public static class OrderValueComparison
{
    /// <summary>The finding for one raised order, or null when the values agree.</summary>
    public static OrderValueFinding? Compare(Order order, SourceOrderValue? held, string sourceName, string channelName)
    {
        ArgumentNullException.ThrowIfNull(order);
        // What the customer was finally charged: less every refund of items or shipping the channel made.
        order = OrderRefunds.Remaining(order);
        var charged = OrderValue.ExTax(order);
        var code = order.SourceOrderCode ?? "";
        if (held is null) return new OrderValueFinding(order.ChannelOrderCode, code, charged, null, [$"the order is not in {sourceName}"]);
        if (held.Value == charged) return null;
        var nets = OrderValue.LineNets(order);
        var channel = order.LineItems.Select((l, i) => (l.Sku, Net: nets[i])).GroupBy(x => x.Sku, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Net), StringComparer.OrdinalIgnoreCase);
        var source = held.Lines.Where(l => l.StockCode is not null).GroupBy(l => l.StockCode!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Value), StringComparer.OrdinalIgnoreCase);
        var lines = new List<string>();
        foreach (var sku in channel.Keys.Union(source.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var c = channel.GetValueOrDefault(sku);
            var s = source.GetValueOrDefault(sku);
            if (c != s) lines.Add(Line(sku, c, s, channelName, sourceName));
        }
        var charges = OrderValue.Shipping(order);
        var sourceCharges = held.Lines.Where(l => l.StockCode is null).Sum(l => l.Value);
        if (charges != sourceCharges) lines.Add(Line("shipping and other charges", charges, sourceCharges, channelName, sourceName));
        return new OrderValueFinding(order.ChannelOrderCode, code, charged, held.Value, lines);
    }

    private static string Line(string what, decimal channel, decimal source, string channelName, string sourceName) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: {channelName} {channel:0.00}, {sourceName} {source:0.00}");
}
