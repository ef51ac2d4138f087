namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>
/// A discount as Shopify records it on an order (REST <c>discount_applications[]</c>, GraphQL
/// <c>Order.discountApplications</c>): what kind, its value, and how it is spread.
/// </summary>
/// <param name="Type"><c>discount_code</c>, <c>automatic</c> or <c>manual</c>.</param>
/// <param name="ValueType"><c>fixed_amount</c> or <c>percentage</c>.</param>
/// <param name="Value">The amount off, or the percentage (10 = 10%).</param>
/// <param name="AllocationMethod"><c>across</c> (spread over the targets), <c>each</c> (on every target) or <c>one</c>.</param>
/// <param name="TargetSelection"><c>all</c>, <c>entitled</c> or <c>explicit</c> (a line chosen by hand).</param>
/// <param name="TargetType"><c>line_item</c> or <c>shipping_line</c>.</param>
/// <param name="Code">The code a shopper typed (discount_code only).</param>
/// <param name="Title">The title (automatic and manual discounts).</param>
public sealed record SimDiscountApplication(
    string Type, string ValueType, decimal Value, string AllocationMethod, string TargetSelection, string TargetType,
    string? Code = null, string? Title = null);
