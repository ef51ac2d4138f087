namespace Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;

/// <summary>A shopper's checkout (also the body of <c>POST /_sim/orders</c>).</summary>
/// <param name="Lines">SKU and quantity per line.</param>
/// <param name="Email">The shopper's email.</param>
/// <param name="CouponCode">A coupon code (any code takes 10 % off each line), or null.</param>
/// <param name="ShippingTotal">A flat-rate shipping charge ex tax, or null for none.</param>
public sealed record WooShopperOrder(IReadOnlyList<WooShopperLine> Lines, string Email = "shopper@example.com", string? CouponCode = null, decimal? ShippingTotal = null);
