namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>One line of an order (<c>sales_flat_order_item</c>); amounts ex tax, to the cent.</summary>
public sealed class MagentoOrderLine
{
    /// <summary>item_id.</summary>
    public required int ItemId { get; init; }
    /// <summary>The product's id.</summary>
    public required int ProductId { get; init; }
    /// <summary>sku.</summary>
    public required string Sku { get; init; }
    /// <summary>name.</summary>
    public required string Name { get; init; }
    /// <summary>qty_ordered.</summary>
    public required decimal Qty { get; init; }
    /// <summary>Unit price ex tax.</summary>
    public required decimal Price { get; init; }
    /// <summary>discount_amount (positive on a line).</summary>
    public required decimal Discount { get; init; }
    /// <summary>tax_percent.</summary>
    public required decimal TaxPercent { get; init; }
    /// <summary>tax_amount.</summary>
    public required decimal Tax { get; init; }
    /// <summary>qty_shipped.</summary>
    public decimal QtyShipped { get; set; }

    /// <summary>row_total: qty × price.</summary>
    public decimal RowTotal => Qty * Price;

    /// <summary>What the line comes to ex tax after its discount.</summary>
    public decimal Net => RowTotal - Discount;
}
