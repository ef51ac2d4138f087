using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Webhooks;

namespace Stockbridge.Sync.Orders;

/// <summary>The webhook event sink of the sync pipeline: order events go through <see cref="OrderIntake"/>.</summary>
public sealed class SyncOrderSink(OrderIntake intake) : IWebhookEventSink
{
    /// <inheritdoc />
    public async Task HandleAsync(WebhookEventBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var orders = batch.Events.Select(e => e.Order).OfType<Order>().ToList();
        if (orders.Count == 0) return;
        var topics = string.Join(",", batch.Events.Select(e => e.Topic).Distinct(StringComparer.Ordinal));
        await intake.TakeInAsync(batch.Connection, orders, $"webhook {topics} (delivery {batch.Entry.Delivery.DeliveryId})", batch.JobId, cancellationToken);
    }
}
