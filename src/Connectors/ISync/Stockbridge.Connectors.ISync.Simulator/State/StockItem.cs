namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>One iSync stock item (one SKU) with its Master-warehouse prices and units, as the assumed contract lists it.</summary>
public sealed class StockItem
{
    /// <summary>Groups variants; equal to <see cref="Sku"/> for a simple product.</summary>
    public required string JobProductId { get; init; }
    /// <summary>The item code (also the <c>ProductStockID</c> of an order line).</summary>
    public required string Sku { get; init; }
    /// <summary>The title.</summary>
    public string JobDescription { get; set; } = "";
    /// <summary>The recommended retail price ex VAT.</summary>
    public decimal RetailSellingPrice { get; set; }
    /// <summary>The selling price ex VAT.</summary>
    public decimal SellingPrice { get; set; }
    /// <summary>Units available (on hand less on sales orders).</summary>
    public decimal AvailableUnits { get; set; }
    /// <summary>The user-defined field: Ignore, Active or Delete (stored as typed, so a user can mistype it).</summary>
    public string WebSale { get; set; } = WebSaleValues.Active;
    /// <summary>The variant's options, e.g. Size = M (empty for a simple product).</summary>
    public IReadOnlyList<ItemOption> Options { get; init; } = [];
    /// <summary>When it last changed (strictly increasing across the company).</summary>
    public DateTimeOffset ModifiedDate { get; set; }
}
