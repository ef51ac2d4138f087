namespace Stockbridge.Domain.Orders;

/// <summary>
/// What the customer was charged ex tax, to the cent: each line after its discounts (with any unallocated order discount spread
/// over the lines by value, largest remainder first, so the cents add up), plus shipping after its discounts. This is the value
/// an ERP order must carry, and what the reconcile sweep compares with the ERP's own.
/// </summary>
public static class OrderValue
{
    /// <summary>Rounds to the cent, halves away from zero (as the channels and ERPs the hub speaks to do).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A line's own net: the channel's <see cref="LineItem.NetTotal"/>, else quantity × price − discount, to the cent (a line
    /// discounted in full whose 4-decimal price leaves less than half a cent below zero is worth 0, not −0.01).
    /// </summary>
    public static decimal LineNet(LineItem line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.NetTotal is { } net) return net;
        var raw = line.Qty * line.Price - line.TotalDiscount;
        return raw is < 0 and > -0.01m ? 0 : Cents(raw);
    }

    /// <summary>Each line's net after the order's unallocated discount is spread over the lines.</summary>
    public static IReadOnlyList<decimal> LineNets(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var nets = order.LineItems.Select(LineNet).ToArray();
        if (order.UnallocatedDiscount == 0 || nets.Length == 0) return nets;
        var shares = Allocate(Cents(order.UnallocatedDiscount), nets);
        return [.. nets.Select((net, i) => net - shares[i])];
    }

    /// <summary>Shipping after its discounts, ex tax.</summary>
    public static decimal Shipping(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ShippingLines.Sum(s => s.Net);
    }

    /// <summary>Lines after every discount plus shipping after its discounts, ex tax, to the cent.</summary>
    public static decimal ExTax(Order order) => LineNets(order).Sum() + Shipping(order);

    /// <summary>
    /// Splits <paramref name="amount"/> (whole cents) over <paramref name="weights"/> in proportion, each share in whole cents,
    /// the cents left by rounding down going to the largest remainders (earlier lines first on a tie); the shares add up to the amount.
    /// </summary>
    public static decimal[] Allocate(decimal amount, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var shares = new decimal[weights.Count];
        if (weights.Count == 0) return shares;
        // Whole numbers throughout (cents, and weights in ten-thousandths), so every quotient and remainder is exact.
        var units = weights.Select(w => Math.Round(Math.Abs(w) * 10_000m, MidpointRounding.AwayFromZero)).ToArray();
        var total = units.Sum();
        var cents = Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        if (total == 0)
        {
            shares[0] = amount;
            return shares;
        }
        var sign = Math.Sign(cents);
        var whole = new decimal[units.Length];
        var remainders = new decimal[units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            var numerator = Math.Abs(cents) * units[i];
            whole[i] = Math.Floor(numerator / total);
            remainders[i] = numerator - whole[i] * total;
        }
        var left = (int)(Math.Abs(cents) - whole.Sum());
        foreach (var i in Enumerable.Range(0, units.Length).Where(i => remainders[i] > 0).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left))
            whole[i]++;
        for (var i = 0; i < shares.Length; i++) shares[i] = sign * whole[i] / 100m;
        return shares;
    }
}
