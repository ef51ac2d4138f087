using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Fulfillment;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// The webhook event sink of the sync pipeline: a channel's order and refund events go through <see cref="OrderIntake"/>; a fulfilment
/// service's shipment events (the event's external id is the shipment id) bring the shipment's order's next look forward to
/// now (<see cref="ShipmentIndex"/>), since the hub acts only on what it reads back from the service.
/// </summary>
public sealed class SyncOrderSink(OrderIntake intake, SyncConnections connections, ShipmentIndex shipments, TimeProvider time) : IWebhookEventSink
{
    /// <inheritdoc />
    public async Task HandleAsync(WebhookEventBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (connections.KindOf(batch.Connection) == ConnectorKind.Fulfillment)
        {
            foreach (var shipmentId in batch.Events.Select(e => e.ExternalId).OfType<string>().Distinct(StringComparer.Ordinal))
                await shipments.LookNowAsync(batch.Connection, shipmentId, time.GetUtcNow(), cancellationToken);
            return;
        }
        var topics = string.Join(",", batch.Events.Select(e => e.Topic).Distinct(StringComparer.Ordinal));
        var via = $"webhook {topics} (delivery {batch.Entry.Delivery.DeliveryId})";
        var orders = batch.Events.Select(e => e.Order).OfType<Order>().ToList();
        if (orders.Count > 0) await intake.TakeInAsync(batch.Connection, orders, via, batch.JobId, cancellationToken);
        var refunds = batch.Events.Select(e => e.Refund).OfType<ChannelRefund>().ToList();
        if (refunds.Count > 0) await intake.TakeInRefundsAsync(batch.Connection, refunds, via, batch.JobId, cancellationToken);
    }
}
