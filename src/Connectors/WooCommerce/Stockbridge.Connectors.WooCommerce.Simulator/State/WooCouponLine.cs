namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A coupon applied to an order: its code and the discount it gave (ex tax).</summary>
public sealed record WooCouponLine(int Id, string Code, decimal Discount, decimal DiscountTax);
