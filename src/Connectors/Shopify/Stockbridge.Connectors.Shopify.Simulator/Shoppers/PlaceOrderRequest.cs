namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>An order as a shopper places it at checkout (body of <c>POST /_sim/orders</c>, snake_case JSON).</summary>
public sealed record PlaceOrderRequest
{
    public required string Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public required IReadOnlyList<PlaceOrderLine> LineItems { get; init; }
    public PlaceOrderShipping? ShippingLine { get; init; }
    public PlaceOrderAddress? ShippingAddress { get; init; }
    /// <summary>A discount code the shopper typed; it takes <see cref="DiscountAmount"/> off, spread across the lines.</summary>
    public string? DiscountCode { get; init; }
    /// <summary>Money off for <see cref="DiscountCode"/> (a fixed-amount code, allocated "across").</summary>
    public decimal DiscountAmount { get; init; }
    /// <summary>Makes <see cref="DiscountCode"/> a percentage code: this percentage off the lines (10 = 10%).</summary>
    public decimal? DiscountPercentage { get; init; }
    /// <summary>An automatic discount the shop runs (title and value), spread across the lines.</summary>
    public PlaceOrderDiscount? AutomaticDiscount { get; init; }
    /// <summary>A discount on the shipping line: a code (e.g. FREESHIP, 100%) or, without a code, an automatic one.</summary>
    public PlaceOrderDiscount? ShippingDiscount { get; init; }
    public string FinancialStatus { get; init; } = "paid";
    public string? Note { get; init; }
    /// <summary>A purchase-order number (B2B buyers); null for a web order.</summary>
    public string? PoNumber { get; init; }
}
