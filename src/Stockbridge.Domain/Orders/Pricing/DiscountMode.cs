namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>How an ERP order carries the discounts a customer got (a per-connection setting of a source that raises orders).</summary>
public enum DiscountMode
{
    /// <summary>Each line at its net unit price (price less its discounts), to five decimals; cents lost to the unit rounding go on a rounding line.</summary>
    NetPrice,
    /// <summary>Each line at its list price with the line's discount as a value in the ERP's own line-discount field.</summary>
    LineDiscount,
    /// <summary>Each line at its list price, and every discount together on one negative charge line.</summary>
    DiscountLine,
}
