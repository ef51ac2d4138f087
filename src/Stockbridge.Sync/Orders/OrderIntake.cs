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
/// </summary>
public sealed class OrderIntake(IStore store, OrderRecords orders, SyncConnections connections, PushQueue pushes, TimeProvider time)
{
    /// <summary>Takes in <paramref name="incoming"/> from <paramref name="channel"/>; <paramref name="via"/> says how they came.</summary>
    public async Task<IntakeResult> TakeInAsync(ConnectionRecord channel, IEnumerable<Order> incoming, string via, long? jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var latest = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in incoming) latest[OrderRecords.Key(channel.Id, order.ChannelOrderCode)] = order;
        var writes = new List<(string Key, Order Order)>();
        var pending = new List<(string Key, Order Order)>();
        foreach (var (key, order) in latest)
        {
            var held = await orders.GetAsync(channel.ClientId, key, cancellationToken);
            if (held is not null && held.State != OrderState.Received) continue;
            var normalised = order with { State = OrderState.Received, SourceOrderCode = null };
            writes.Add((key, normalised));
            pending.Add((key, normalised));
        }
        var outcomes = writes.Count == 0 ? [] : await store.Records.UpsertAsync(
            channel.ClientId, [.. writes.Select(w => OrderRecords.Write(w.Key, w.Order, channel.Id))], cancellationToken);
        var now = time.GetUtcNow();
        for (var i = 0; i < writes.Count; i++)
        {
            if (outcomes[i] == UpsertOutcome.Created)
                await orders.AuditAsync(channel.ClientId, writes[i].Key, now, SyncAuditActions.Intake, channel.Id, jobId, $"taken in from {channel.Name} via {via}", cancellationToken);
        }
        await QueueRaisesAsync(channel, pending, cancellationToken);
        var touched = writes.Where((_, i) => outcomes[i] != UpsertOutcome.Unchanged).SelectMany(w => w.Order.LineItems.Select(l => l.Sku));
        await pushes.EnqueueStockForSkusAsync(channel.ClientId, touched, "order", cancellationToken);
        var created = outcomes.Count(o => o == UpsertOutcome.Created);
        var updated = outcomes.Count(o => o == UpsertOutcome.Changed);
        return new IntakeResult(latest.Count, created, updated, latest.Count - created - updated);
    }

    // Queued for every order still at 'received', new or not: the idempotency key makes a repeat a no-op, and a crash between
    // the record write and this call is healed by the next delivery, poll or sweep.
    private async Task QueueRaisesAsync(ConnectionRecord channel, IReadOnlyList<(string Key, Order Order)> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        var source = await connections.OrderSourceAsync(channel.ClientId, cancellationToken);
        if (source is null) return;
        var requests = pending.Select(p => new JobRequest(
            channel.ClientId, source.Id, SyncJobKinds.OrderRaise, p.Key,
            JobPayload.Write(new OrderJobPayload(p.Key, channel.Id, p.Order.ChannelOrderCode)),
            IdempotencyKey: RaiseIdempotencyKey(channel.Id, p.Order.ChannelOrderCode), Priority: SyncPriorities.OrderRaise)).ToList();
        await store.Jobs.EnqueueManyAsync(requests, cancellationToken);
    }

    /// <summary>The idempotency key of an order's raise job.</summary>
    public static string RaiseIdempotencyKey(string channelConnectionId, string channelOrderCode) => $"raise:{channelConnectionId}:{channelOrderCode}";
}
