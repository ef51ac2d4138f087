namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// A discount given at checkout: <paramref name="ValueType"/> <c>fixed_amount</c> (money off) or <c>percentage</c>
/// (<paramref name="Value"/> 10 = 10% off), with the code the shopper typed or, for an automatic discount, its title.
/// </summary>
public sealed record PlaceOrderDiscount(string ValueType, decimal Value, string? Code = null, string? Title = null);
