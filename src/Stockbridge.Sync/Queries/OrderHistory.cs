using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Queries;

/// <summary>One channel order as the hub holds it, with its history across systems.</summary>
/// <param name="Key">The hub key, <c>{connectionId}:{channel_order_code}</c>.</param>
/// <param name="ConnectionId">The channel connection it came from.</param>
/// <param name="Order">The order (state, source order code once raised).</param>
/// <param name="History">Every audit entry, oldest first.</param>
public sealed record OrderHistory(string Key, string ConnectionId, Order Order, IReadOnlyList<AuditEntry> History)
{
    /// <summary>The order's state.</summary>
    public OrderState State => Order.State;

    /// <summary>The source's order number, once raised.</summary>
    public string? SourceOrderCode => Order.SourceOrderCode;

    /// <summary>The reason of the last failure, if the order failed.</summary>
    public string? FailureReason => State == OrderState.Failed ? History.LastOrDefault(a => a.Action == Jobs.SyncAuditActions.Failed)?.Detail : null;
}
