namespace Stockbridge.Engine.Webhooks;

/// <summary>
/// Where parsed webhook events go (order intake). Called from a <c>webhook.process</c> job, never on the request thread;
/// it may be called again for the same delivery (a worker can die after the sink ran), so it must be idempotent, e.g.
/// keyed by (connection, channel order code). Throw to retry (transient) or to fail the job (permanent).
/// </summary>
public interface IWebhookEventSink
{
    /// <summary>Acts on the events of one stored delivery.</summary>
    Task HandleAsync(WebhookEventBatch batch, CancellationToken cancellationToken);
}
