namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>One discount allocation as Shopify reports it on a line or shipping line: the amount in shop money (tax included
/// when the shop's prices include tax) and the application it came from.</summary>
/// <param name="Kind">A <see cref="Domain.Orders.DiscountKinds"/> value.</param>
/// <param name="Name">The code, or the title of an automatic, manual or script discount.</param>
/// <param name="Amount">The allocated amount, as Shopify reports it.</param>
public sealed record ShopifyDiscount(string Kind, string? Name, decimal Amount);
