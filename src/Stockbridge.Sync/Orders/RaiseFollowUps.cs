using Stockbridge.Domain.Orders;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Connectors.Errors;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Fulfillment;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// After an order is raised: queue <c>order.mark-raised</c> on its channel (idempotency key
/// <c>mark-raised:{connectionId}:{channel_order_code}</c>) and stock pushes for its SKUs (the order no longer holds channel
/// stock back; the source's allocation does now); and, when the channel's rules name a <c>fulfillment_connection</c>,
/// <c>order.fulfill</c> on it (once per order). When the channel's rules cannot be read, <c>order.fulfill</c> is queued on the
/// channel connection, where it fails with the rules' error until they are fixed and it is replayed: a raise never waits on
/// rules, and no order silently misses its fulfilment.
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
        var fulfill = await FulfillmentLaneAsync(clientId, payload.ChannelConnectionId, cancellationToken) is { } lane
            ? new[] { FulfillmentJobs.Fulfill(clientId, lane, payload with { SourceOrderCode = raised.SourceOrderCode }) } : [];
        return [markRaised, .. stock, .. fulfill];
    }

    /// <summary>The connection <c>order.fulfill</c> runs on, or null when the merchant ships the channel's orders.</summary>
    private async Task<string?> FulfillmentLaneAsync(string clientId, string channelConnectionId, CancellationToken cancellationToken)
    {
        var channel = await store.Connections.GetAsync(clientId, channelConnectionId, cancellationToken);
        if (channel is null) return null;
        try
        {
            return ConnectionRules.Channel(channel).FulfillmentConnection;
        }
        catch (PermanentConnectorException)
        {
            return channelConnectionId;
        }
    }
}
