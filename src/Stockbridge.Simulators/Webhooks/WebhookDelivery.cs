namespace Stockbridge.Simulators.Webhooks;

/// <summary>One webhook to deliver: the exact body and headers stay the same on every retry.</summary>
/// <param name="WebhookId">The delivery's id (the same on retries and duplicates).</param>
/// <param name="EventId">The id of the event it reports.</param>
/// <param name="Topic">The topic, e.g. <c>orders/create</c>.</param>
/// <param name="Uri">The receiver.</param>
/// <param name="SubscriptionId">The subscription it is delivered for.</param>
/// <param name="Body">The exact bytes sent.</param>
/// <param name="TriggeredAt">When the event happened.</param>
public sealed record WebhookDelivery(
    string WebhookId,
    string EventId,
    string Topic,
    string Uri,
    string SubscriptionId,
    byte[] Body,
    DateTimeOffset TriggeredAt);
