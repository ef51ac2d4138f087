using System.Collections.Immutable;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Domain.Orders;

/// <summary>A channel order in the hub's canonical form.</summary>
public sealed record Order
{
    /// <summary>The channel connector key (e.g. shopify).</summary>
    public required string Channel { get; init; }
    /// <summary>The order's code on the channel (e.g. Shopify's order name #1001); the ERP's customer PO number.</summary>
    public required string ChannelOrderCode { get; init; }
    /// <summary>The channel's own id of the order, when it differs from the code.</summary>
    public string? ChannelOrderId { get; init; }
    public string? SourceCustomerCode { get; init; }
    public Customer? Customer { get; init; }
    public Address? BillingAddress { get; init; }
    public Address? ShippingAddress { get; init; }
    public ImmutableArray<LineItem> LineItems { get; init; } = [];
    public ImmutableArray<ShippingLine> ShippingLines { get; init; } = [];
    /// <summary>
    /// An order-level discount ex tax that the channel did not allocate to lines (Shopify allocates every discount, so 0 there);
    /// <see cref="OrderValue"/> spreads it over the lines.
    /// </summary>
    public decimal UnallocatedDiscount { get; init; }
    /// <summary>The discount codes the customer entered, for people to read; the amounts are on the lines.</summary>
    public ImmutableArray<string> DiscountCodes { get; init; } = [];
    public string? Notes { get; init; }
    public string Currency { get; init; } = "ZAR";
    public OrderTotals? Totals { get; init; }
    public OrderType OrderType { get; init; } = OrderType.Order;
    public string? SalesRepId { get; init; }
    public string? Warehouse { get; init; }
    public OrderState State { get; init; } = OrderState.Received;
    public string? SourceOrderCode { get; init; }
    public DateTimeOffset? PlacedAt { get; init; }
    /// <summary>
    /// Shipments of the order by fulfilment connections (one per connection the order was handed to), with their state and
    /// tracking as last read; null until the order is first handed to one (so orders never handed keep their stored form).
    /// </summary>
    public ImmutableArray<Fulfillment>? Fulfillments { get; init; }
    /// <summary>Refunds the channel made on the order, in the order they arrived; null until the first (so older records keep their form).</summary>
    public ImmutableArray<Refund>? Refunds { get; init; }
}
