using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage;

namespace Stockbridge.Engine.Webhooks;

/// <summary>
/// Runs <c>webhook.process</c> jobs: loads the stored delivery, lets the connection's connector parse it, and hands the
/// events to the <see cref="IWebhookEventSink"/>. A body the connector cannot read fails the job for good (it stays in
/// the inbox and can be replayed once the connector is fixed).
/// </summary>
public sealed class WebhookProcessHandler(IStore store, ConnectorRegistry connectors, IWebhookEventSink sink) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => WebhookJobKinds.Process;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var inboxId = InboxJobPayload.InboxId(job.Payload);
        var entry = await store.Inbox.GetAsync(job.ClientId, inboxId, cancellationToken)
            ?? throw new PermanentConnectorException($"Inbox entry {inboxId} does not exist for client '{job.ClientId}'.");
        var delivery = entry.Delivery;
        var connection = await store.Connections.GetAsync(job.ClientId, delivery.ConnectionId, cancellationToken)
            ?? throw new PermanentConnectorException($"Connection '{delivery.ConnectionId}' no longer exists.");
        if (connectors.Create(connection) is not ISupportsWebhooks webhooks)
            throw new PermanentConnectorException($"Connector '{connection.ConnectorKey}' does not take webhooks.");

        var request = new WebhookRequest(delivery.Body, StoredHeaders.Parse(delivery.HeadersJson));
        IReadOnlyList<WebhookEvent> events;
        try
        {
            events = await webhooks.ParseAsync(request, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new PermanentConnectorException($"The webhook body of inbox entry {inboxId} is not valid: {ex.Message}");
        }
        await sink.HandleAsync(new WebhookEventBatch(connection, entry, events, job.Id), cancellationToken);
        return JsonSerializer.Serialize(new { inbox_id = inboxId, events = events.Count, topics = events.Select(e => e.Topic).Distinct().ToArray() });
    }
}
