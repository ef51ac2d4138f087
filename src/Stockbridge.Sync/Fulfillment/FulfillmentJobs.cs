using Stockbridge.Mapping.Channels;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Fulfillment;

/// <summary>The job requests of the fulfilment flow: hand over, look at the shipment, push tracking to the channel.</summary>
public static class FulfillmentJobs
{
    /// <summary>The default time between looks at a handed-over shipment.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(15);

    /// <summary>The time between looks at a handed-over shipment, from the channel's rules.</summary>
    public static TimeSpan PollInterval(ChannelRules rules) =>
        rules?.FulfillmentPollIntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultPollInterval;

    /// <summary>
    /// Hands the raised order over, once per order (idempotency key <c>fulfill:{orderKey}</c>); runs on
    /// <paramref name="laneConnectionId"/> (the fulfilment connection, or the channel's when its rules cannot be read). The
    /// payload carries the ERP order number, so a record a late channel re-delivery put back can be restored.
    /// </summary>
    public static JobRequest Fulfill(string clientId, string laneConnectionId, OrderJobPayload order) => new(
        clientId, laneConnectionId, SyncJobKinds.OrderFulfill, order.OrderKey, JobPayload.Write(order),
        IdempotencyKey: $"fulfill:{order.OrderKey}", Priority: SyncPriorities.MarkRaised);

    /// <summary>The next look at the order's shipment on <paramref name="fulfillmentConnectionId"/>, not before <paramref name="runAt"/>.</summary>
    public static JobRequest Track(string clientId, string fulfillmentConnectionId, OrderJobPayload order, DateTimeOffset runAt) => new(
        clientId, fulfillmentConnectionId, SyncJobKinds.OrderTrackShipment, order.OrderKey, JobPayload.Write(order with { SourceOrderCode = null }),
        RunAt: runAt);

    /// <summary>Creates the shipped fulfilment on the channel order, once per shipment.</summary>
    public static JobRequest Push(string clientId, OrderJobPayload order, string shipmentId) => new(
        clientId, order.ChannelConnectionId, SyncJobKinds.OrderPushFulfillment, order.OrderKey,
        JobPayload.Write(new ShipmentJobPayload(order.OrderKey, order.ChannelConnectionId, order.ChannelOrderCode, shipmentId)),
        IdempotencyKey: $"push-fulfillment:{order.OrderKey}:{shipmentId}", Priority: SyncPriorities.MarkRaised);
}
