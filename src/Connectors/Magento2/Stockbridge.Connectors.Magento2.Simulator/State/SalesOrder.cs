namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A sales order as Magento holds it (<c>sales_order</c> with its items, addresses and comments).</summary>
public sealed class SalesOrder
{
    /// <summary>The entity id (what the REST paths take).</summary>
    public required int EntityId { get; init; }
    /// <summary>The order number shoppers see, e.g. 000000001.</summary>
    public required string IncrementId { get; init; }
    /// <summary>new, processing, complete…</summary>
    public string State { get; set; } = "processing";
    /// <summary>The status word.</summary>
    public string Status { get; set; } = "processing";
    /// <summary>Created, server time (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last changed, server time (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The shopper's email.</summary>
    public required string CustomerEmail { get; init; }
    /// <summary>First name.</summary>
    public required string CustomerFirstname { get; init; }
    /// <summary>Last name.</summary>
    public required string CustomerLastname { get; init; }
    /// <summary>The coupon entered, if any.</summary>
    public string? CouponCode { get; init; }
    /// <summary>Its items (parents and children).</summary>
    public required List<OrderItem> Items { get; init; }
    /// <summary>Billing address.</summary>
    public required OrderAddress Billing { get; init; }
    /// <summary>Shipping address.</summary>
    public required OrderAddress Shipping { get; init; }
    /// <summary>The shipping method code, e.g. flatrate_flatrate.</summary>
    public required string ShippingMethod { get; init; }
    /// <summary>The shipping description.</summary>
    public required string ShippingDescription { get; init; }
    /// <summary>Shipping ex tax.</summary>
    public required decimal ShippingAmount { get; init; }
    /// <summary>Tax on shipping.</summary>
    public required decimal ShippingTaxAmount { get; init; }
    /// <summary>Comments.</summary>
    public List<StatusHistory> Comments { get; } = [];
    /// <summary>Invoice ids.</summary>
    public List<int> Invoices { get; } = [];

    /// <summary>Lines ex tax before discounts.</summary>
    public decimal Subtotal => Items.Where(i => i.ParentItemId is null).Sum(i => i.RowTotal);
    /// <summary>Every discount (positive).</summary>
    public decimal Discount => Items.Where(i => i.ParentItemId is null).Sum(i => i.DiscountAmount);
    /// <summary>Every tax.</summary>
    public decimal Tax => Items.Where(i => i.ParentItemId is null).Sum(i => i.TaxAmount) + ShippingTaxAmount;
    /// <summary>What the shopper paid, tax included.</summary>
    public decimal GrandTotal => Subtotal - Discount + ShippingAmount + Tax;
}
