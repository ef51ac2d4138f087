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
    /// <summary>A discount code and the amount it takes off (spread over the lines).</summary>
    public string? DiscountCode { get; init; }
    public decimal DiscountAmount { get; init; }
    public string FinancialStatus { get; init; } = "paid";
    public string? Note { get; init; }
}
