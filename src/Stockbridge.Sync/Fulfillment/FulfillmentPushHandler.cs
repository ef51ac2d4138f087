using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Engine.Jobs;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;

namespace Stockbridge.Sync.Fulfillment;

/// <summary>
/// <c>order.push-fulfillment</c>: creates the shipped fulfilment, with tracking number, company and URL, on the channel
/// order (<see cref="ISupportsFulfillmentPush"/>; Shopify's <c>fulfillmentCreate</c> on its fulfillment orders, WooCommerce's
/// completed status with a tracking note). A channel that takes no fulfilments gets a history line saying so.
/// </summary>
public sealed class FulfillmentPushHandler(OrderRecords orders, SyncConnections connections) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderPushFulfillment;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<ShipmentJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        var fulfillment = order.Fulfillments?.FirstOrDefault(f => f.ShipmentId == payload.ShipmentId && f.HasShipped)
            ?? throw new PermanentConnectorException($"Order {payload.OrderKey} has no shipped shipment {payload.ShipmentId} to push.");
        var channel = await connections.GetAsync(job.ClientId, payload.ChannelConnectionId, cancellationToken);
        var now = context.Time.GetUtcNow();
        if (connections.TryBind<ISupportsFulfillmentPush>(channel) is not { } pusher)
        {
            await orders.AuditAsync(job.ClientId, payload.OrderKey, now, SyncAuditActions.FulfillmentPushed, channel.Id, job.Id,
                $"{channel.Name} takes no fulfilments: tracking kept in the hub only", cancellationToken);
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "channel_takes_no_fulfillments" });
        }
        await pusher.PushFulfillmentAsync(order, fulfillment, cancellationToken);
        await orders.AuditAsync(job.ClientId, payload.OrderKey, now, SyncAuditActions.FulfillmentPushed, channel.Id, job.Id,
            $"shipment {payload.ShipmentId} with tracking {fulfillment.TrackingNumber ?? "(none)"} created on {channel.Name}", cancellationToken);
        return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "pushed", shipment_id = payload.ShipmentId, tracking_number = fulfillment.TrackingNumber });
    }
}
