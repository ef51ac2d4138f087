namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>An order line; <see cref="Price"/> is the unit price as charged (tax-inclusive when the shop says so).</summary>
public sealed class SimLineItem
{
    public required long Id { get; init; }
    public long? ProductId { get; init; }
    public long? VariantId { get; init; }
    public string? Sku { get; init; }
    public required string Title { get; init; }
    public string? VariantTitle { get; init; }
    public string? Vendor { get; init; }
    public int Quantity { get; init; }
    public decimal Price { get; init; }
    /// <summary>
    /// Shopify's <c>total_discount</c>: only what was set on the line by hand (a manual line discount); a code or
    /// automatic discount leaves it "0.00" and shows only in <see cref="DiscountAllocations"/>.
    /// </summary>
    public decimal TotalDiscount { get; init; }
    /// <summary>Every discount's share of this line.</summary>
    public List<SimDiscountAllocation> DiscountAllocations { get; init; } = [];
    public List<SimTaxLine> TaxLines { get; init; } = [];
    public int FulfilledQuantity { get; set; }
    /// <summary>Units refunded so far.</summary>
    public int RefundedQuantity { get; set; }

    /// <summary>Price × quantity, before discounts.</summary>
    public decimal OriginalTotal => Price * Quantity;

    /// <summary>Every discount allocated to the line.</summary>
    public decimal AllocatedDiscount => DiscountAllocations.Sum(a => a.Amount);
}
