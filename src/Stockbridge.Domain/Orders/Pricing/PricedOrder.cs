namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>An order's lines as the ERP should hold them; <see cref="Value"/> equals what the customer was charged ex tax.</summary>
/// <param name="Lines">The stock lines, in order.</param>
/// <param name="Charges">Shipping, discount and rounding lines, in order.</param>
public sealed record PricedOrder(IReadOnlyList<PricedLine> Lines, IReadOnlyList<ChargeLine> Charges)
{
    /// <summary>The ERP order's value ex tax: every line and charge.</summary>
    public decimal Value => Lines.Sum(l => l.Value) + Charges.Sum(c => c.Value);
}
