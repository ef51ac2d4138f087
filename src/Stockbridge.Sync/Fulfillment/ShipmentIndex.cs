using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Fulfillment;

/// <summary>
/// Which order a fulfilment connection's shipment belongs to (a schedule cursor <c>shipment:{id}</c> per fulfilment
/// connection, holding the order's job payload), so a shipment webhook, which names only the shipment, can bring that
/// order's next <c>order.track-shipment</c> forward.
/// </summary>
public sealed class ShipmentIndex(IStore store)
{
    private const string Prefix = "shipment:";

    /// <summary>Remembers that <paramref name="shipmentId"/> on <paramref name="fulfillmentConnectionId"/> ships <paramref name="order"/>.</summary>
    public Task SetAsync(string clientId, string fulfillmentConnectionId, string shipmentId, OrderJobPayload order, CancellationToken cancellationToken) =>
        store.Schedule.SetCursorAsync(clientId, fulfillmentConnectionId, Prefix + shipmentId, JobPayload.Write(order with { SourceOrderCode = null }), cancellationToken);

    /// <summary>
    /// Queues a look at the shipment's order now (it coalesces with the order's waiting look, taking the earlier time);
    /// false when the hub handed no such shipment to this connection (a webhook about something else is ignored).
    /// </summary>
    public async Task<bool> LookNowAsync(ConnectionRecord fulfillment, string shipmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fulfillment);
        if (await store.Schedule.GetCursorAsync(fulfillment.ClientId, fulfillment.Id, Prefix + shipmentId, cancellationToken) is not { } json) return false;
        var order = JobPayload.Read<OrderJobPayload>(json);
        await store.Jobs.EnqueueAsync(FulfillmentJobs.Track(fulfillment.ClientId, fulfillment.Id, order, now), cancellationToken);
        return true;
    }
}
