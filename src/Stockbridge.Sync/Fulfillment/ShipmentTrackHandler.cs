using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;

namespace Stockbridge.Sync.Fulfillment;

/// <summary>
/// <c>order.track-shipment</c>: reads the order's shipment from its fulfilment connection
/// (<see cref="IFulfillmentConnector.GetShipmentAsync"/>). Once it has shipped (tracking number, or a shipped/delivered
/// status) the order becomes <c>fulfilled</c> with its tracking, and the channel push is queued in the same write; until
/// then the next look is queued for the poll interval later (a fulfilment webhook queues one sooner: same key, coalesced).
/// An order still unshipped after the channel's <c>fulfillment_max_days</c> fails with its last status for a person to
/// chase, and a replay looks again.
/// </summary>
public sealed class ShipmentTrackHandler(OrderRecords orders, SyncConnections connections) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.OrderTrackShipment;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var payload = JobPayload.Read<OrderJobPayload>(job.Payload);
        var order = await orders.GetRequiredAsync(job.ClientId, payload.OrderKey, cancellationToken);
        var fulfillmentId = job.ConnectionId ?? throw new PermanentConnectorException("The job names no fulfilment connection.");
        var known = order.Fulfillments?.LastOrDefault(f => f.FulfillmentConnection == fulfillmentId && f.ShipmentId is not null)
            ?? throw new PermanentConnectorException($"Order {payload.OrderKey} has no shipment on connection '{fulfillmentId}'.");
        if (known.HasShipped) return Result(payload, known, "already_shipped");
        if (known.Status == FulfillmentStatuses.Cancelled) return Result(payload, known, "cancelled");

        var fulfillment = await connections.GetAsync(job.ClientId, fulfillmentId, cancellationToken);
        var read = await connections.Bind<IFulfillmentConnector>(fulfillment).GetShipmentAsync(known.ShipmentId!, order.ChannelOrderCode, cancellationToken);
        var current = known with
        {
            Status = read.Status, TrackingNumber = read.TrackingNumber, TrackingCompany = read.TrackingCompany, TrackingUrl = read.TrackingUrl,
            Lines = read.Lines.IsDefaultOrEmpty ? known.Lines : read.Lines,
        };
        var updated = order with { Fulfillments = [.. order.Fulfillments!.Value.Select(f => f == known ? current : f)] };
        var now = context.Time.GetUtcNow();

        if (current.HasShipped)
        {
            updated = updated with { State = order.State is OrderState.Raised or OrderState.Fulfilling ? OrderState.Fulfilled : order.State };
            await orders.SaveAsync(job.ClientId, payload.OrderKey, updated, fulfillmentId,
                new RecordNote(SyncAuditActions.Shipped, fulfillmentId, job.Id, $"shipped by {fulfillment.Name}: {Describe(current)}"),
                [FulfillmentJobs.Push(job.ClientId, payload, current.ShipmentId!)], cancellationToken);
            return Result(payload, current, "shipped");
        }

        var channel = await connections.GetAsync(job.ClientId, payload.ChannelConnectionId, cancellationToken);
        var rules = ConnectionRules.Channel(channel);
        var note = current.Status != known.Status
            ? new RecordNote(SyncAuditActions.ShipmentUpdated, fulfillmentId, job.Id, $"{fulfillment.Name}: {Describe(current)}")
            : null;
        if (known.HandedOverAt is { } handed && now - handed > TimeSpan.FromDays(rules.FulfillmentMaxDays))
        {
            await orders.SaveAsync(job.ClientId, payload.OrderKey, updated, fulfillmentId, note, [], cancellationToken);
            throw new PermanentConnectorException(
                $"Order {order.ChannelOrderCode} has not shipped {rules.FulfillmentMaxDays} days after it was handed to {fulfillment.Name} " +
                $"(shipment {current.ShipmentId}, status '{current.Status}'). Replay this job to look again.", "not_shipped");
        }
        var poll = FulfillmentJobs.PollInterval(rules);
        IReadOnlyList<JobRequest> next = [FulfillmentJobs.Track(job.ClientId, fulfillmentId, payload, now + poll)];
        await orders.SaveAsync(job.ClientId, payload.OrderKey, updated, fulfillmentId, note, next, cancellationToken);
        return Result(payload, current, "not_shipped_yet");
    }

    private static string Describe(Domain.Orders.Fulfillment f) =>
        $"status '{f.Status}'" + (f.TrackingNumber is { } number ? $", tracking {number}" : "") + (f.TrackingCompany is { } company ? $" ({company})" : "");

    private static string Result(OrderJobPayload payload, Domain.Orders.Fulfillment f, string outcome) => JobPayload.Write(new
    {
        order_key = payload.OrderKey, outcome, shipment_id = f.ShipmentId, status = f.Status, tracking_number = f.TrackingNumber,
    });
}
