using Stockbridge.Domain.Orders;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// After an order is raised: queue <c>order.mark-raised</c> on its channel (idempotency key
/// <c>mark-raised:{connectionId}:{channel_order_code}</c>) and stock pushes for its SKUs (the order no longer holds channel
/// stock back; the source's allocation does now).
/// </summary>
public sealed class RaiseFollowUps(IStore store, PushQueue pushes)
{
    /// <summary>Queues the follow-ups of a raised order.</summary>
    public async Task QueueAsync(string clientId, OrderJobPayload payload, Order raised, CancellationToken cancellationToken) =>
        await store.Jobs.EnqueueManyAsync(await RequestsAsync(clientId, payload, raised, cancellationToken), cancellationToken);

    /// <summary>The follow-ups of a raised order, for the write that stores it as raised (so neither is kept without the other).</summary>
    public async Task<IReadOnlyList<JobRequest>> RequestsAsync(string clientId, OrderJobPayload payload, Order raised, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(raised);
        var markRaised = new JobRequest(
            clientId, payload.ChannelConnectionId, SyncJobKinds.OrderMarkRaised, payload.OrderKey, JobPayload.Write(payload with { SourceOrderCode = raised.SourceOrderCode }),
            IdempotencyKey: $"mark-raised:{payload.ChannelConnectionId}:{payload.ChannelOrderCode}", Priority: SyncPriorities.MarkRaised);
        var stock = await pushes.StockRequestsForSkusAsync(clientId, raised.LineItems.Select(l => l.Sku), "order raised", cancellationToken);
        return [markRaised, .. stock];
    }
}
