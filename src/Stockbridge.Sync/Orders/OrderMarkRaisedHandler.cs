using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Orders;

/// <summary><c>order.mark-raised</c>: writes the source's order number back onto the channel order (audit <c>pushed_back</c>).</summary>
public sealed class OrderMarkRaisedHandler(OrderRecords orders, SyncConnections connections) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderMarkRaised;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = JobPayload.Read<OrderJobPayload>(context.Job.Payload);
        var order = await orders.GetRequiredAsync(context.Job.ClientId, payload.OrderKey, cancellationToken);
        var number = order.SourceOrderCode ?? payload.SourceOrderCode
            ?? throw new PermanentConnectorException($"Order {payload.OrderKey} has not been raised.");
        if (order.SourceOrderCode is null)
        {
            // A channel re-delivery overwrote the record while it was being raised: put the raise back.
            order = order with { State = OrderState.Raised, SourceOrderCode = number };
            await orders.SaveAsync(context.Job.ClientId, payload.OrderKey, order, payload.ChannelConnectionId, cancellationToken);
        }
        var channel = await connections.GetAsync(context.Job.ClientId, payload.ChannelConnectionId, cancellationToken);
        await connections.Bind<IChannelConnector>(channel).MarkOrderRaisedAsync(order, number, cancellationToken);
        await orders.AuditAsync(context.Job.ClientId, payload.OrderKey, context.Time.GetUtcNow(), SyncAuditActions.PushedBack, channel.Id, context.Job.Id,
            $"source order {number} written back to {channel.Name}", cancellationToken);
        return JobPayload.Write(new { order_key = payload.OrderKey, source_order_code = number });
    }
}
