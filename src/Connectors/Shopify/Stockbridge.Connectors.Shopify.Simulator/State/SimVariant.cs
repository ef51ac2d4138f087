namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A variant with its inventory item (one per variant, as in Shopify).</summary>
public sealed class SimVariant
{
    public required long Id { get; init; }
    public required long ProductId { get; init; }
    public required long InventoryItemId { get; init; }
    public string? Sku { get; set; }
    public string? Barcode { get; set; }
    public decimal Price { get; set; }
    public decimal? CompareAtPrice { get; set; }
    public string InventoryPolicy { get; set; } = "DENY";
    public bool Taxable { get; set; } = true;
    public bool Tracked { get; set; } = true;
    public int Position { get; set; }
    public List<KeyValuePair<string, string>> OptionValues { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The variant title Shopify shows: option values joined by " / ".</summary>
    public string Title => OptionValues.Count == 0 ? "Default Title" : string.Join(" / ", OptionValues.Select(o => o.Value));
}
