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
    public decimal TotalDiscount { get; init; }
    public List<SimTaxLine> TaxLines { get; init; } = [];
    public int FulfilledQuantity { get; set; }
}
