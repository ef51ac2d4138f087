namespace Stockbridge.Connectors.Simulation;

/// <summary>What a shopper buys.</summary>
/// <param name="Lines">SKU and quantity per line.</param>
/// <param name="Email">The shopper's email.</param>
/// <param name="DiscountCode">A discount code the shopper enters, or null.</param>
public sealed record ShopperOrder(IReadOnlyList<ShopperLine> Lines, string Email = "shopper@example.com", string? DiscountCode = null);

