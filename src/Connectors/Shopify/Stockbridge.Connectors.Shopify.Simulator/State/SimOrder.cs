namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>An order in the simulated shop.</summary>
public sealed class SimOrder
{
    public required long Id { get; init; }
    public required int Number { get; init; }
    public string Name => $"#{Number}";
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string Currency { get; init; } = "ZAR";
    public bool TaxesIncluded { get; init; }
    public string FinancialStatus { get; init; } = "paid";
    public string? Note { get; set; }
    public List<string> Tags { get; set; } = [];
    public long? CustomerId { get; init; }
    public SimAddress? ShippingAddress { get; init; }
    public SimAddress? BillingAddress { get; init; }
    public List<SimLineItem> LineItems { get; init; } = [];
    public List<SimShippingLine> ShippingLines { get; init; } = [];
    public List<string> DiscountCodes { get; init; } = [];
    public List<SimFulfillmentOrder> FulfillmentOrders { get; init; } = [];
    public List<SimFulfillment> Fulfillments { get; init; } = [];

    public decimal LineItemsTotal => LineItems.Sum(l => l.Price * l.Quantity);
    public decimal TotalDiscounts => LineItems.Sum(l => l.TotalDiscount);
    public decimal TotalTax => LineItems.SelectMany(l => l.TaxLines).Concat(ShippingLines.SelectMany(s => s.TaxLines)).Sum(t => t.Price);
    public decimal TotalShipping => ShippingLines.Sum(s => s.Price);
    public decimal Subtotal => LineItemsTotal - TotalDiscounts;
    public decimal Total => Subtotal + TotalShipping + (TaxesIncluded ? 0 : TotalTax);

    /// <summary>null, partial or fulfilled, as the REST payload says it.</summary>
    public string? FulfillmentStatus =>
        LineItems.All(l => l.FulfilledQuantity >= l.Quantity) ? "fulfilled"
        : LineItems.Any(l => l.FulfilledQuantity > 0) ? "partial" : null;
}
