using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>
/// A refund the channel made on an order (Shopify <c>refunds/create</c>), and what the hub made of it in the source.
/// </summary>
public sealed record Refund
{
    /// <summary>The channel's id of the refund; a refund is taken in once per id.</summary>
    public required string ChannelRefundId { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>The lines given back (quantities); empty for a refund of money only.</summary>
    public ImmutableArray<RefundLine> Lines { get; init; } = [];
    /// <summary>Shipping refunded, ex tax.</summary>
    public decimal Shipping { get; init; }
    /// <summary>The money returned to the customer (the channel's refund transactions), tax included.</summary>
    public decimal Amount { get; init; }
    public string? Note { get; init; }
    /// <summary><see cref="RefundStatuses"/>: where the refund is in the source.</summary>
    public string Status { get; init; } = RefundStatuses.Received;
    /// <summary>The source-side result (e.g. the sales order's new value) or the reason it could not be carried there.</summary>
    public string? Result { get; init; }

    /// <summary>Whether the refund gives back lines or shipping (rather than money alone).</summary>
    public bool ChangesOrder => Lines.Any(l => l.Qty > 0) || Shipping > 0;
}
