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
    public string FinancialStatus { get; set; } = "paid";
    /// <summary>Whether the shipping has been refunded.</summary>
    public bool ShippingRefunded { get; set; }
    public string? Note { get; set; }
    public List<string> Tags { get; set; } = [];
    public long? CustomerId { get; init; }
    public SimAddress? ShippingAddress { get; init; }
    public SimAddress? BillingAddress { get; init; }
    public List<SimLineItem> LineItems { get; init; } = [];
    public List<SimShippingLine> ShippingLines { get; init; } = [];
    public List<string> DiscountCodes { get; init; } = [];
    /// <summary>The discounts on the order; allocations on lines and shipping lines point into this list by index.</summary>
    public List<SimDiscountApplication> DiscountApplications { get; init; } = [];
    /// <summary>The purchase-order number a B2B buyer gave (null for a web order).</summary>
    public string? PoNumber { get; init; }
    /// <summary>The random code shown to the buyer on the confirmation page (e.g. TEDILJ8AD).</summary>
    public string? ConfirmationNumber { get; init; }
    public List<SimFulfillmentOrder> FulfillmentOrders { get; init; } = [];
    public List<SimFulfillment> Fulfillments { get; init; } = [];
    /// <summary>When the merchant cancelled the order (null: not cancelled).</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why: customer, fraud, inventory, declined or other (Shopify's cancel_reason).</summary>
    public string? CancelReason { get; set; }

    public decimal LineItemsTotal => LineItems.Sum(l => l.OriginalTotal);
    /// <summary>Every discount: on lines (any kind) and on shipping.</summary>
    public decimal TotalDiscounts => LineItems.Sum(l => l.AllocatedDiscount) + ShippingLines.Sum(s => s.Price - s.DiscountedPrice);
    public decimal TotalTax => LineItems.SelectMany(l => l.TaxLines).Concat(ShippingLines.SelectMany(s => s.TaxLines)).Sum(t => t.Price);
    /// <summary>Shipping before its discounts (Shopify's <c>total_shipping_price_set</c>).</summary>
    public decimal TotalShipping => ShippingLines.Sum(s => s.Price);
    /// <summary>Shipping after its discounts (<c>current_shipping_price_set</c>).</summary>
    public decimal DiscountedShipping => ShippingLines.Sum(s => s.DiscountedPrice);
    /// <summary>Lines after every line discount, before shipping and (when prices exclude it) tax.</summary>
    public decimal Subtotal => LineItemsTotal - LineItems.Sum(l => l.AllocatedDiscount);
    public decimal Total => Subtotal + DiscountedShipping + (TaxesIncluded ? 0 : TotalTax);
    /// <summary>What the buyer still owes: nothing once paid.</summary>
    public decimal TotalOutstanding => FinancialStatus is "paid" or "refunded" or "partially_refunded" ? 0 : Total;

    /// <summary>null, partial or fulfilled, as the REST payload says it.</summary>
    public string? FulfillmentStatus =>
        LineItems.All(l => l.FulfilledQuantity >= l.Quantity) ? "fulfilled"
        : LineItems.Any(l => l.FulfilledQuantity > 0) ? "partial" : null;
}
