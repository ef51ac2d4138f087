namespace Stockbridge.Connectors.Magento1.Simulator.Shoppers;

/// <summary>What a shopper checks out through the storefront (<c>POST /admin/orders</c>).</summary>
/// <param name="Email">The shopper's email.</param>
/// <param name="Lines">SKU and quantity per line.</param>
/// <param name="Coupon">A coupon code, or null.</param>
public sealed record MagentoShopperOrder(string Email, IReadOnlyList<MagentoShopperLine> Lines, string? Coupon = null);
