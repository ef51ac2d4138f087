using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// <c>order.cancel</c>: the channel cancelled an order the hub had already taken past <c>received</c>. It runs on the source
/// connection with the order's key, so never beside the order's raise. Not raised by then (no ERP number, and the ERP,
/// asked by the channel order code, holds none either): the order becomes <c>cancelled</c> and is never raised. Already
/// raised: each of its shipments that has not left is cancelled at its fulfilment service (<see cref="ISupportsShipmentCancellation"/>;
/// Parcelninja refuses once picking has started), then the sales order is cancelled in the source
/// (<see cref="ISupportsOrderChanges"/>: SYSPRO's SORTOI cancel document) and the order becomes <c>cancelled</c>. Anything that
/// cannot be done (a shipment already shipped or refused, a source that refuses, e.g. an invoiced order, or cannot cancel) leaves
/// the order <c>cancelled</c> in the hub with its ERP number kept (nothing more is handed to fulfilment), and the job fails for good
/// with every reason and what to settle by hand; replaying it afterwards closes it.
/// </summary>
public sealed class OrderCancelHandler(OrderRecords orders, SyncConnections connections) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderCancel;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<OrderJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        if (order.State == OrderState.Cancelled) return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "already_cancelled" });
        var channel = await connections.GetAsync(job.ClientId, payload.ChannelConnectionId, cancellationToken);
        var source = await connections.GetAsync(job.ClientId, job.ConnectionId, cancellationToken);
        // A raise may have committed in the ERP and lost its answer: SourceOrderNumber looks there before deciding it was never raised.
        if (await SourceOrderNumber.FindAsync(order, source, connections, cancellationToken) is not { } salesOrder)
        {
            await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Cancelled }, channel.Id,
                new RecordNote(SyncAuditActions.Cancelled, channel.Id, job.Id, $"cancelled on {channel.Name} before it was raised: it will not be raised"),
                [], cancellationToken);
            return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "cancelled_before_raise" });
        }
        order = order with { SourceOrderCode = salesOrder };

        // Shipments first: an outbound that can still be called off is cancelled at its service; one that cannot stops here.
        var problems = new List<string>();
        foreach (var shipment in order.Fulfillments?.Where(f => f.ShipmentId is not null && f.Status != FulfillmentStatuses.Cancelled).ToList() ?? [])
        {
            var service = await connections.GetAsync(job.ClientId, shipment.FulfillmentConnection!, cancellationToken);
            if (shipment.HasShipped) { problems.Add($"{service.Name} shipment {shipment.ShipmentId} has already shipped"); continue; }
            if (connections.TryBind<ISupportsShipmentCancellation>(service) is not { } canceller)
            {
                problems.Add($"{service.Name} cannot cancel shipment {shipment.ShipmentId} from the hub");
                continue;
            }
            try
            {
                await canceller.CancelShipmentAsync(shipment.ShipmentId!, order.ChannelOrderCode, cancellationToken);
                order = order with { Fulfillments = [.. order.Fulfillments!.Value.Select(f => f == shipment ? f with { Status = FulfillmentStatuses.Cancelled } : f)] };
                await orders.SaveAsync(job.ClientId, payload.OrderKey, order, channel.Id,
                    new RecordNote(SyncAuditActions.ShipmentUpdated, service.Id, job.Id, $"{service.Name} shipment {shipment.ShipmentId} cancelled"), [], cancellationToken);
            }
            catch (PermanentConnectorException ex)
            {
                problems.Add(ex.Message);
            }
        }
        var changer = connections.TryBind<ISupportsOrderChanges>(source);
        if (problems.Count == 0 && changer is not null)
        {
            try
            {
                var change = await changer.CancelOrderAsync(order.SourceOrderCode!, $"cancelled on {channel.Name}", cancellationToken);
                await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Cancelled }, channel.Id,
                    new RecordNote(SyncAuditActions.Cancelled, source.Id, job.Id, $"cancelled on {channel.Name}: {change.Summary} in {source.Name}"), [], cancellationToken);
                return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "cancelled_in_source", result = change.Summary });
            }
            catch (PermanentConnectorException ex)
            {
                problems.Add($"{source.Name} refused to cancel it: {ex.Message}");
            }
        }
        else if (changer is null) problems.Add($"{source.Name} cannot cancel orders from the hub");
        var reason = $"{channel.Name} cancelled order {order.ChannelOrderCode} after it was raised into {source.Name} as {order.SourceOrderCode}: "
            + string.Join("; ", problems) + $". Settle {order.SourceOrderCode} in {source.Name} (and any shipment left) by hand, then replay this job to close it.";
        // Cancelled in the hub (nothing more is handed to fulfilment), the ERP's number kept: the sales order is still there.
        await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Cancelled }, channel.Id,
            new RecordNote(SyncAuditActions.Cancelled, channel.Id, job.Id, reason), [], cancellationToken);
        throw new PermanentConnectorException(reason, "cancel_after_raise");
    }
}
