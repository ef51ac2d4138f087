namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A shipping charge on an order; <see cref="Price"/> is before discounts.</summary>
public sealed record SimShippingLine(long Id, string Title, string Code, decimal Price, List<SimTaxLine> TaxLines)
{
    /// <summary>Shipping discounts that landed on this line.</summary>
    public List<SimDiscountAllocation> DiscountAllocations { get; init; } = [];

    /// <summary>The price after its discounts.</summary>
    public decimal DiscountedPrice => Price - DiscountAllocations.Sum(a => a.Amount);
}
