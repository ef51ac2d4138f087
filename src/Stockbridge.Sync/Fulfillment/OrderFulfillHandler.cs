using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;

namespace Stockbridge.Sync.Fulfillment;

/// <summary>
/// <c>order.fulfill</c>: hands a raised order to the fulfilment connection its channel's rules name
/// (<c>fulfillment_connection</c>), through <see cref="IFulfillmentConnector.CreateShipmentAsync"/>, which the connector makes
/// idempotent per order code (a retry after a lost answer finds the shipment instead of making a second). The shipment id,
/// the state <c>fulfilling</c>, a history line and the first look at the shipment are written together. A cancelled order
/// is never handed over; one already handed over is not handed over again; one the channel shipped itself (a shipped
/// fulfilment naming no fulfilment connection, as Takealot's connector maps sales from Takealot's own DCs) is never handed over.
/// </summary>
public sealed class OrderFulfillHandler(OrderRecords orders, SyncConnections connections, ShipmentIndex shipments) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderFulfill;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<OrderJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        var channel = await connections.GetAsync(job.ClientId, payload.ChannelConnectionId, cancellationToken);
        var rules = ConnectionRules.Channel(channel);
        if (rules.FulfillmentConnection is not { } fulfillmentId)
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "merchant_ships" });
        if (order.State is OrderState.Cancelled or OrderState.Refunded)
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "not_sent", reason = $"the order is {order.State.ToString().ToLowerInvariant()}" });
        // The channel shipped it itself (a marketplace order sent from the marketplace's own warehouse, e.g. Takealot's DCs):
        // its channel connector says so with a shipped fulfilment that names no fulfilment connection. Nothing is handed over.
        if (order.Fulfillments?.FirstOrDefault(f => f.FulfillmentConnection is null && f.HasShipped) is { } byChannel)
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "shipped_by_channel", carrier = byChannel.TrackingCompany });
        if (order.SourceOrderCode is null)
        {
            // A channel re-delivery read before the raise wrote its number can put the record back (see the sync pipeline's
            // known limits): the number this job was queued with restores it, as order.mark-raised does.
            if (payload.SourceOrderCode is not { } number)
                throw new PermanentConnectorException($"Order {payload.OrderKey} has not been raised, so it is not handed to fulfilment.");
            order = order with { State = OrderState.Raised, SourceOrderCode = number };
        }
        if (order.Fulfillments?.FirstOrDefault(f => f.FulfillmentConnection == fulfillmentId && f.ShipmentId is not null) is { } existing)
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "already_sent", shipment_id = existing.ShipmentId });

        var fulfillment = await connections.GetAsync(job.ClientId, fulfillmentId, cancellationToken);
        var shipmentId = await connections.Bind<IFulfillmentConnector>(fulfillment).CreateShipmentAsync(order, cancellationToken);
        if (string.IsNullOrWhiteSpace(shipmentId))
            throw new TransientConnectorException($"{fulfillment.Name} accepted order {order.ChannelOrderCode} but returned no shipment id.");

        // Indexed before the order is saved: a crash in between hands over again (the connector finds the same shipment).
        await shipments.SetAsync(job.ClientId, fulfillmentId, shipmentId, payload, cancellationToken);
        var now = context.Time.GetUtcNow();
        var shipment = new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = order.ChannelOrderCode, FulfillmentConnection = fulfillmentId, ShipmentId = shipmentId, HandedOverAt = now,
            Lines = [.. order.LineItems.Select(l => new FulfillmentLine(l.Sku, l.Qty))],
        };
        var handed = order with
        {
            State = order.State == OrderState.Raised ? OrderState.Fulfilling : order.State,
            Fulfillments = [.. order.Fulfillments ?? [], shipment],
        };
        var poll = FulfillmentJobs.PollInterval(rules);
        await orders.SaveAsync(job.ClientId, payload.OrderKey, handed, fulfillmentId,
            new RecordNote(SyncAuditActions.SentToFulfillment, fulfillmentId, job.Id, $"handed to {fulfillment.Name} as shipment {shipmentId}"),
            [FulfillmentJobs.Track(job.ClientId, fulfillmentId, payload, now + poll)], cancellationToken);
        return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "sent", shipment_id = shipmentId });
    }
}
