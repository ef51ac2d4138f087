using Stockbridge.Connectors.Errors;
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
/// raised: the order becomes <c>cancelled</c> in the hub with its ERP number kept (nothing more is handed to fulfilment),
/// and, since cancelling the sales order in the ERP (and any shipment) is not automated yet, the job fails with a reason
/// naming both orders for a person to act on; replaying it afterwards closes it.
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
        if (order.SourceOrderCode is null)
        {
            // A raise may have committed in the ERP and lost its answer: look there before deciding it was never raised.
            var found = order.State == OrderState.Received ? null
                : await connections.Bind<IOrderRaiser>(source).FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken);
            if (found is null)
            {
                await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Cancelled }, channel.Id,
                    new RecordNote(SyncAuditActions.Cancelled, channel.Id, job.Id, $"cancelled on {channel.Name} before it was raised: it will not be raised"),
                    [], cancellationToken);
                return JobPayload.Write(new { order_key = payload.OrderKey, outcome = "cancelled_before_raise" });
            }
            order = order with { SourceOrderCode = found.SourceOrderCode };
        }

        var shipments = order.Fulfillments?.Where(f => f.ShipmentId is not null).Select(f => $"{f.FulfillmentConnection} shipment {f.ShipmentId}").ToList() ?? [];
        var reason = $"{channel.Name} cancelled order {order.ChannelOrderCode} after it was raised into {source.Name} as {order.SourceOrderCode}: "
            + $"cancel {order.SourceOrderCode} in {source.Name}" + (shipments.Count > 0 ? $" and {string.Join(", ", shipments)}" : "")
            + " by hand (automatic cancellation is not built yet), then replay this job to close it.";
        // Cancelled in the hub (nothing more is handed to fulfilment), the ERP's number kept: the sales order is still there.
        await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Cancelled }, channel.Id,
            new RecordNote(SyncAuditActions.Cancelled, channel.Id, job.Id, reason), [], cancellationToken);
        throw new PermanentConnectorException(reason, "cancel_after_raise");
    }
}
