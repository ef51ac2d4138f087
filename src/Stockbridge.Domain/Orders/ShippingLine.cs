namespace Stockbridge.Domain.Orders;

/// <summary>
/// A shipping charge, ex tax; the order rules map <see cref="Code"/> to an ERP service stock code. <see cref="Discount"/> is what
/// shipping discounts took off it (ex tax), so the customer paid <see cref="Net"/>.
/// </summary>
public sealed record ShippingLine(string Code, string Title, decimal Price, decimal Discount = 0m)
{
    /// <summary>What the customer paid for this shipping ex tax: price less its discounts, to the cent.</summary>
    public decimal Net => OrderValue.Cents(Price - Discount);
}
