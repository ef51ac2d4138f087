namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>An order as Magento holds it (<c>sales_flat_order</c>); amounts ex tax unless named otherwise, to the cent.</summary>
public sealed class MagentoOrder
{
    /// <summary>entity_id (order_id on the wire).</summary>
    public required int Id { get; init; }
    /// <summary>increment_id, the order number shoppers see (e.g. 100000001).</summary>
    public required string IncrementId { get; init; }
    /// <summary>customer_email.</summary>
    public required string Email { get; init; }
    /// <summary>customer_firstname.</summary>
    public required string Firstname { get; init; }
    /// <summary>customer_lastname.</summary>
    public required string Lastname { get; init; }
    /// <summary>created_at.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>updated_at: every comment, status change and shipment moves it.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Its lines.</summary>
    public required IReadOnlyList<MagentoOrderLine> Lines { get; init; }
    /// <summary>shipping_amount.</summary>
    public required decimal Shipping { get; init; }
    /// <summary>shipping_tax_amount.</summary>
    public required decimal ShippingTax { get; init; }
    /// <summary>coupon_code, if the shopper entered one.</summary>
    public string? CouponCode { get; init; }
    /// <summary>status (pending, processing, complete, ...).</summary>
    public string Status { get; set; } = "pending";
    /// <summary>state (new, processing, complete, ...).</summary>
    public string State { get; set; } = "new";
    /// <summary>Its status history, oldest first.</summary>
    public List<MagentoComment> History { get; } = [];
    /// <summary>Its shipments.</summary>
    public List<MagentoShipment> Shipments { get; } = [];

    /// <summary>subtotal: the lines' row totals.</summary>
    public decimal Subtotal => Lines.Sum(l => l.RowTotal);
    /// <summary>The discount, positive (the wire shows the order's discount_amount negative).</summary>
    public decimal Discount => Lines.Sum(l => l.Discount);
    /// <summary>tax_amount: lines' tax and shipping tax.</summary>
    public decimal Tax => Lines.Sum(l => l.Tax) + ShippingTax;
    /// <summary>grand_total: what the shopper paid, tax included.</summary>
    public decimal GrandTotal => Subtotal - Discount + Shipping + Tax;
    /// <summary>What the shopper paid ex tax.</summary>
    public decimal PaidExTax => Subtotal - Discount + Shipping;
}
