using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// Takes channel orders into the hub, from a webhook, the order poll or a reconcile sweep alike: each is one record keyed
/// <c>{connectionId}:{channel_order_code}</c> (repeats write nothing; once the hub has moved an order past <c>received</c>
/// the channel's copy no longer overwrites it), then <c>order.raise</c> is queued with idempotency key
/// <c>raise:{connectionId}:{channel_order_code}</c> and stock pushes for its SKUs, since unraised orders hold stock back.
/// An order the channel reports cancelled is written as cancelled with no raise when the hub has not moved it past
/// <c>received</c> (so it is never raised, and releases the stock it held); once it is further along, <c>order.cancel</c> is
/// queued on the source connection to settle it there (see <see cref="OrderCancelHandler"/>).
/// </summary>
public sealed class OrderIntake(IStore store, OrderRecords orders, SyncConnections connections, PushQueue pushes)
{
    /// <summary>Takes in <paramref name="incoming"/> from <paramref name="channel"/>; <paramref name="via"/> says how they came.</summary>
    public async Task<IntakeResult> TakeInAsync(ConnectionRecord channel, IEnumerable<Order> incoming, string via, long? jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var latest = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in incoming) latest[OrderRecords.Key(channel.Id, order.ChannelOrderCode)] = order;
        var writes = new List<(string Key, Order Order)>();
        var cancels = new List<(string Key, Order Order)>();
        foreach (var (key, order) in latest)
        {
            var held = await orders.GetAsync(channel.ClientId, key, cancellationToken);
            var cancelled = order.State == OrderState.Cancelled;
            if (held is not null && held.State != OrderState.Received)
            {
                if (cancelled && held.State != OrderState.Cancelled) cancels.Add((key, held));
                continue;
            }
            // The channel's copy replaces the held one, except for the refunds the hub has taken in (they arrive separately).
            writes.Add((key, order with { State = cancelled ? OrderState.Cancelled : OrderState.Received, SourceOrderCode = null, Refunds = held?.Refunds }));
        }
        // Each order, its "taken in" line (new orders only) and its order.raise job are one write. The raise is queued for
        // every order still at 'received', new or not: the idempotency key makes a repeat a no-op.
        var source = writes.Count + cancels.Count == 0 ? null : await connections.OrderSourceAsync(channel.ClientId, cancellationToken);
        var records = writes.Select(w => OrderRecords.Write(w.Key, w.Order, channel.Id) with
        {
            Note = w.Order.State == OrderState.Cancelled
                ? new RecordNote(SyncAuditActions.Cancelled, channel.Id, jobId, $"cancelled on {channel.Name} before it was raised (via {via}): it will not be raised")
                : new RecordNote(SyncAuditActions.Intake, channel.Id, jobId, $"taken in from {channel.Name} via {via}", OnlyIfCreated: true),
            Jobs = source is null || w.Order.State == OrderState.Cancelled ? [] : [RaiseRequest(channel, source, w.Key, w.Order)],
        }).ToList();
        if (source is not null && cancels.Count > 0)
            await store.Jobs.EnqueueManyAsync([.. cancels.Select(c => CancelRequest(channel, source, c.Key, c.Order))], cancellationToken);
        var outcomes = records.Count == 0 ? [] : await store.Records.UpsertAsync(channel.ClientId, records, cancellationToken);
        var touched = writes.Where((_, i) => outcomes[i] != UpsertOutcome.Unchanged).SelectMany(w => w.Order.LineItems.Select(l => l.Sku));
        await pushes.EnqueueStockForSkusAsync(channel.ClientId, touched, "order", cancellationToken);
        var created = outcomes.Count(o => o == UpsertOutcome.Created);
        var updated = outcomes.Count(o => o == UpsertOutcome.Changed);
        return new IntakeResult(latest.Count, created, updated, latest.Count - created - updated);
    }

    /// <summary>
    /// Takes in refunds <paramref name="channel"/> made on its orders: each new refund (by the channel's refund id; repeats write
    /// nothing) is added to its order with a history line, and <c>order.refund</c> is queued on the source connection in the same
    /// write. A refund of an order the hub has not taken in yet fails transiently, so its delivery is tried again later.
    /// </summary>
    public async Task<int> TakeInRefundsAsync(ConnectionRecord channel, IEnumerable<ChannelRefund> refunds, string via, long? jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(refunds);
        var taken = 0;
        foreach (var group in refunds.GroupBy(r => r.ChannelOrderCode, StringComparer.Ordinal))
        {
            var key = OrderRecords.Key(channel.Id, group.Key);
            var held = await orders.GetAsync(channel.ClientId, key, cancellationToken)
                ?? throw new TransientConnectorException($"{channel.Name} refunded order {group.Key}, which the hub has not taken in yet: the refund is tried again later.");
            var known = held.Refunds ?? [];
            var fresh = group.Select(g => g.Refund with { Status = RefundStatuses.Received, Result = null })
                .Where(r => known.All(k => k.ChannelRefundId != r.ChannelRefundId)).DistinctBy(r => r.ChannelRefundId).ToList();
            if (fresh.Count == 0) continue;
            var source = await connections.OrderSourceAsync(channel.ClientId, cancellationToken);
            var jobs = source is null ? [] : fresh.Select(r => new JobRequest(channel.ClientId, source.Id, SyncJobKinds.OrderRefund, key,
                JobPayload.Write(new RefundJobPayload(key, channel.Id, held.ChannelOrderCode, r)),
                IdempotencyKey: $"refund:{key}:{r.ChannelRefundId}", Priority: SyncPriorities.OrderRaise)).ToList();
            var detail = $"{channel.Name} refunded {string.Join("; ", fresh.Select(RefundText.Describe))} (via {via})";
            await orders.SaveAsync(channel.ClientId, key, held with { Refunds = known.AddRange(fresh) }, channel.Id,
                new RecordNote(SyncAuditActions.Refunded, channel.Id, jobId, detail), jobs, cancellationToken);
            taken += fresh.Count;
        }
        return taken;
    }

    private static JobRequest RaiseRequest(ConnectionRecord channel, ConnectionRecord source, string key, Order order) => new(
        channel.ClientId, source.Id, SyncJobKinds.OrderRaise, key,
        JobPayload.Write(new OrderJobPayload(key, channel.Id, order.ChannelOrderCode)),
        IdempotencyKey: RaiseIdempotencyKey(channel.Id, order.ChannelOrderCode), Priority: SyncPriorities.OrderRaise);

    private static JobRequest CancelRequest(ConnectionRecord channel, ConnectionRecord source, string key, Order order) => new(
        channel.ClientId, source.Id, SyncJobKinds.OrderCancel, key,
        JobPayload.Write(new OrderJobPayload(key, channel.Id, order.ChannelOrderCode)),
        IdempotencyKey: $"cancel:{key}", Priority: SyncPriorities.OrderRaise);

    /// <summary>The idempotency key of an order's raise job.</summary>
    public static string RaiseIdempotencyKey(string channelConnectionId, string channelOrderCode) => $"raise:{channelConnectionId}:{channelOrderCode}";
}
