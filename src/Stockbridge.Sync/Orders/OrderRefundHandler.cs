using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// <c>order.refund</c>: carries one channel refund into the source. It runs on the source connection with the order's key, so
/// never beside the order's raise or cancellation. Not raised yet (and not in the source either, when in doubt): the raise will
/// leave the refunded items out. Raised: the source's order is changed to what is left (<see cref="OrderRefunds.Remaining"/>, with
/// the order rules applied as at the raise), or cancelled when nothing is left, through <see cref="ISupportsOrderChanges"/>, and
/// the refund records the source's result (what changed, the value before and after). A refund of money alone, a source that
/// cannot change orders, or a source that refuses (an invoiced order) fails the job for good with a reason saying what a person
/// must do, and the refund is marked failed with that reason.
/// </summary>
public sealed class OrderRefundHandler(OrderRecords orders, SyncConnections connections, OrderRulesRunner rules) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderRefund;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<RefundJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        var id = payload.Refund.ChannelRefundId;
        // A later write of the order may have lost the refund (last writer wins): the payload carries it, so put it back.
        if (order.Refunds?.Any(r => r.ChannelRefundId == id) != true) order = order with { Refunds = (order.Refunds ?? []).Add(payload.Refund) };
        var refund = order.Refunds!.Value.First(r => r.ChannelRefundId == id);
        if (refund.Status == RefundStatuses.Applied) return Result(payload, "already_applied", refund.Result);

        var channel = await connections.GetAsync(job.ClientId, payload.ChannelConnectionId, cancellationToken);
        var source = await connections.GetAsync(job.ClientId, job.ConnectionId, cancellationToken);
        var what = RefundText.Describe(refund);
        if (order.State == OrderState.Cancelled)
            return await SettleAsync(context, payload, order, refund, source, $"the order is cancelled: nothing to take off in {source.Name}", order.State, cancellationToken);

        if (await SourceOrderNumber.FindAsync(order, source, connections, cancellationToken) is not { } salesOrder)
        {
            if (!refund.ChangesOrder)
                return await FailAsync(context, payload, order, refund, source, $"{channel.Name} refunded order {order.ChannelOrderCode} before it was raised: {what}. " +
                    $"It returned money without items or shipping, so the order will still be raised into {source.Name} at its full value: record the credit there by hand.", cancellationToken);
            return await SettleAsync(context, payload, order, refund, source,
                $"not raised into {source.Name} yet: it will be raised without the refunded items", order.State, cancellationToken);
        }

        if (!refund.ChangesOrder)
            return await FailAsync(context, payload, order, refund, source, $"{channel.Name} refunded order {order.ChannelOrderCode}: {what}. " +
                $"No items or shipping were returned, so {source.Name}'s sales order {salesOrder} is left as it is: record the credit in {source.Name} by hand " +
                "(a credit note against its invoice).", cancellationToken);
        if (connections.TryBind<ISupportsOrderChanges>(source) is not { } changer)
            return await FailAsync(context, payload, order, refund, source, $"{channel.Name} refunded order {order.ChannelOrderCode}: {what}. " +
                $"{source.Name} cannot change its orders from the hub: take this off sales order {salesOrder} by hand.", cancellationToken);

        OrderChangeResult change;
        var full = OrderRefunds.IsFullyRefunded(order);
        try
        {
            if (full) change = await changer.CancelOrderAsync(salesOrder, $"refunded in full on {channel.Name}", cancellationToken);
            else
            {
                var target = await rules.ApplyAsync(job.ClientId, source, OrderRefunds.Remaining(order), cancellationToken);
                if (!target.IsValid) throw new PermanentConnectorException($"what is left of the order breaks the order rules: {target.Reason}", "invalid_order");
                change = await changer.ChangeOrderAsync(salesOrder, target.Order!, cancellationToken);
            }
        }
        catch (PermanentConnectorException ex)
        {
            return await FailAsync(context, payload, order, refund, source, $"{channel.Name} refunded order {order.ChannelOrderCode}: {what}. " +
                $"{ex.Message} Take it off sales order {salesOrder} in {source.Name} by hand (a credit note once invoiced).", cancellationToken);
        }
        var result = $"{change.Summary}; value ex tax {RefundText.Money(change.ValueBefore)} → {RefundText.Money(change.ValueAfter)}";
        return await SettleAsync(context, payload, order, refund, source, result, full ? OrderState.Refunded : order.State, cancellationToken);
    }

    private async Task<string> SettleAsync(JobContext context, RefundJobPayload payload, Order order, Refund refund, ConnectionRecord source, string result,
        OrderState state, CancellationToken cancellationToken)
    {
        await SaveAsync(context, payload, order with { State = state }, refund with { Status = RefundStatuses.Applied, Result = result },
            new RecordNote(SyncAuditActions.RefundApplied, source.Id, context.Job.Id, $"refund {refund.ChannelRefundId}: {result}"), cancellationToken);
        return Result(payload, "applied", result);
    }

    private async Task<string> FailAsync(JobContext context, RefundJobPayload payload, Order order, Refund refund, ConnectionRecord source, string reason,
        CancellationToken cancellationToken)
    {
        await SaveAsync(context, payload, order, refund with { Status = RefundStatuses.Failed, Result = reason },
            new RecordNote(SyncAuditActions.RefundFailed, source.Id, context.Job.Id, reason), cancellationToken);
        throw new PermanentConnectorException(reason, "refund_not_carried");
    }

    private Task SaveAsync(JobContext context, RefundJobPayload payload, Order order, Refund refund, RecordNote note, CancellationToken cancellationToken) =>
        orders.SaveAsync(context.Job.ClientId, payload.OrderKey,
            order with { Refunds = [.. order.Refunds!.Value.Select(r => r.ChannelRefundId == refund.ChannelRefundId ? refund : r)] },
            payload.ChannelConnectionId, note, [], cancellationToken);

    private static string Result(RefundJobPayload payload, string outcome, string? result) =>
        JobPayload.Write(new { order_key = payload.OrderKey, refund = payload.Refund.ChannelRefundId, outcome, result });
}
