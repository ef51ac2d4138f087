namespace Stockbridge.TradeStore.Catalogue;

/// <summary>One orderable SKU as one customer sees it: its price (from the customer's tier), the stock of its warehouses and pack rules.</summary>
public sealed record CatalogueItem
{
    public required string Sku { get; init; }
    public required string Title { get; init; }
    public required string ProductCode { get; init; }
    public string? Collection { get; init; }
    public string? Barcode { get; init; }
    /// <summary>The unit price ex VAT for this customer, or null when the ERP has none for its tier (then it cannot be ordered).</summary>
    public decimal? Price { get; init; }
    /// <summary>The tier the price came from.</summary>
    public required string Tier { get; init; }
    /// <summary>Available quantity per shown warehouse.</summary>
    public IReadOnlyDictionary<string, decimal> Stock { get; init; } = new Dictionary<string, decimal>();
    public decimal Available => Stock.Values.Sum();
    public required PackRule Pack { get; init; }
}
