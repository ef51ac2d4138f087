namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>
/// One order item. A configurable product is a parent item (carrying the price, discount and tax) plus a child item
/// (the simple product's SKU, price 0) whose <see cref="ParentItemId"/> points at it, as Magento stores them.
/// </summary>
public sealed record OrderItem
{
    /// <summary>The item id.</summary>
    public required int ItemId { get; init; }
    /// <summary>The parent item, for a configurable's child.</summary>
    public int? ParentItemId { get; init; }
    /// <summary>The product id.</summary>
    public required int ProductId { get; init; }
    /// <summary>The SKU: for a configurable's parent item Magento puts the child's SKU here too.</summary>
    public required string Sku { get; init; }
    /// <summary>The name.</summary>
    public required string Name { get; init; }
    /// <summary>simple or configurable.</summary>
    public required string ProductType { get; init; }
    /// <summary>Quantity ordered.</summary>
    public required decimal QtyOrdered { get; init; }
    /// <summary>Quantity shipped so far.</summary>
    public decimal QtyShipped { get; set; }
    /// <summary>Unit price ex tax.</summary>
    public decimal Price { get; init; }
    /// <summary>Quantity times price, ex tax, before discount.</summary>
    public decimal RowTotal { get; init; }
    /// <summary>The discount on the row, ex tax (positive, as Magento's item discount_amount).</summary>
    public decimal DiscountAmount { get; init; }
    /// <summary>The tax percent.</summary>
    public decimal TaxPercent { get; init; }
    /// <summary>Tax on the row after discount.</summary>
    public decimal TaxAmount { get; init; }
}
