namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>The kinds of <see cref="ChargeLine"/>.</summary>
public static class ChargeKinds
{
    /// <summary>A shipping charge after its discounts.</summary>
    public const string Shipping = "shipping";
    /// <summary>The order's discounts on one negative line.</summary>
    public const string Discount = "discount";
    /// <summary>The cents net unit prices could not carry.</summary>
    public const string Rounding = "rounding";
}
