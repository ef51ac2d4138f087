using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Mapping.Orders;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// <c>order.raise</c>, exactly once. Refunds already taken in are left out (an order refunded in full is never raised: state
/// <c>refunded</c>). Order rules are applied first (an invalid order is marked <c>failed</c> with the
/// reason and the job fails for good; replay it once data or rules are fixed). The intent is recorded (audit
/// <c>raise_intent</c>, state <c>validated</c>, one write) before the source is called. When this is not the job's first attempt, or
/// an intent was recorded before, the source is first asked for an order with this channel order code, and only if it has
/// none is the order raised again. The number is then stored (state <c>raised</c>, audit <c>raised</c>) with the follow-ups
/// (see <see cref="RaiseFollowUps"/>) in one write.
/// </summary>
public sealed class OrderRaiseHandler(
    OrderRecords orders, SyncConnections connections, OrderRulesRunner rules, RaiseFollowUps followUps) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderRaise;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<OrderJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        if (order.State == OrderState.Cancelled && order.SourceOrderCode is null)
            return JobPayload.Write(new { order_key = payload.OrderKey, how = "cancelled_not_raised" });
        var history = await orders.HistoryAsync(job.ClientId, payload.OrderKey, cancellationToken);
        if (order.SourceOrderCode is { } done)
        {
            await followUps.QueueAsync(job.ClientId, payload, order, cancellationToken);
            return JobPayload.Write(new RaiseResult(payload.OrderKey, done, "already_raised"));
        }

        var source = await connections.GetAsync(job.ClientId, job.ConnectionId, cancellationToken);
        if (OrderRefunds.IsFullyRefunded(order) && !history.Any(a => a.Action == SyncAuditActions.RaiseIntent))
        {
            await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Refunded }, payload.ChannelConnectionId,
                new RecordNote(SyncAuditActions.RefundApplied, source.Id, job.Id, "refunded in full before it was raised: it will not be raised"), [], cancellationToken);
            return JobPayload.Write(new { order_key = payload.OrderKey, how = "refunded_not_raised" });
        }
        // Refunds the channel made before the raise are left out of it: the source gets what the customer was finally charged.
        var ready = await ApplyRulesAsync(context, source, payload, order, cancellationToken);
        var raiser = connections.Bind<IOrderRaiser>(source);
        var intentBefore = history.Any(a => a.Action == SyncAuditActions.RaiseIntent);
        RaisedOrder? raised = null;
        if (job.Attempts > 1 || intentBefore) raised = await raiser.FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken);
        var how = raised is null ? "raised" : "found";
        if (raised is null)
        {
            await orders.SaveAsync(job.ClientId, payload.OrderKey, order with { State = OrderState.Validated }, payload.ChannelConnectionId,
                new RecordNote(SyncAuditActions.RaiseIntent, source.Id, job.Id, $"raising into {source.Name} as customer {ready.SourceCustomerCode} (attempt {job.Attempts})"),
                [], cancellationToken);
            raised = await RaiseAsync(context, source, raiser, payload, order, ready, cancellationToken);
        }

        var stored = order with
        {
            State = OrderState.Raised, SourceOrderCode = raised.SourceOrderCode, SourceCustomerCode = ready.SourceCustomerCode,
            SalesRepId = ready.SalesRepId, OrderType = ready.OrderType, Warehouse = ready.Warehouse,
            // Refunded units and shipping this raise left out are carried; one found from an earlier attempt may predate a refund,
            // so its refunds stay for order.refund to settle against the source's order.
            Refunds = how == "raised" && order.Refunds is { } refunds
                ? [.. refunds.Select(r => r.Status == RefundStatuses.Received && r.ChangesOrder
                    ? r with { Status = RefundStatuses.Applied, Result = $"left out of the raise into {source.Name}" } : r)]
                : order.Refunds,
        };
        var detail = how == "found" ? $"already in {source.Name} as {raised.SourceOrderCode} (found after an earlier attempt)" : $"raised into {source.Name} as {raised.SourceOrderCode}";
        // The number, its history line and the follow-ups in one write: a crash keeps all of them or none (then this job
        // runs again and finds the order in the source).
        var next = await followUps.RequestsAsync(job.ClientId, payload, stored, cancellationToken);
        await orders.SaveAsync(job.ClientId, payload.OrderKey, stored, payload.ChannelConnectionId,
            new RecordNote(SyncAuditActions.Raised, source.Id, job.Id, detail), next, cancellationToken);
        return JobPayload.Write(new RaiseResult(payload.OrderKey, raised.SourceOrderCode, how));
    }

    private async Task<Order> ApplyRulesAsync(JobContext context, ConnectionRecord source, OrderJobPayload payload, Order order, CancellationToken cancellationToken)
    {
        OrderRuleResult result;
        try
        {
            result = await rules.ApplyAsync(context.Job.ClientId, source, OrderRefunds.Remaining(order), cancellationToken);
        }
        catch (PermanentConnectorException ex)
        {
            await FailAsync(context, source, payload, order, ex.Message, cancellationToken);
            throw;
        }
        if (result.IsValid) return result.Order!;
        await FailAsync(context, source, payload, order, result.Reason, cancellationToken);
        throw new PermanentConnectorException($"Order {order.ChannelOrderCode} cannot be raised: {result.Reason}", "invalid_order");
    }

    private async Task<RaisedOrder> RaiseAsync(
        JobContext context, ConnectionRecord source, IOrderRaiser raiser, OrderJobPayload payload, Order order, Order ready, CancellationToken cancellationToken)
    {
        try
        {
            return await raiser.RaiseOrderAsync(ready, cancellationToken);
        }
        catch (PermanentConnectorException ex)
        {
            await FailAsync(context, source, payload, order, $"{source.Name} rejected it: {ex.Message}", cancellationToken);
            throw;
        }
    }

    private async Task FailAsync(JobContext context, ConnectionRecord source, OrderJobPayload payload, Order order, string reason, CancellationToken cancellationToken)
    {
        await orders.SaveAsync(context.Job.ClientId, payload.OrderKey, order with { State = OrderState.Failed }, payload.ChannelConnectionId,
            new RecordNote(SyncAuditActions.Failed, source.Id, context.Job.Id, reason), [], cancellationToken);
    }
}
