namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>One webhook to deliver: the exact body and headers stay the same on every retry.</summary>
public sealed record WebhookDelivery(
    string WebhookId,
    string EventId,
    string Topic,
    string Uri,
    long SubscriptionId,
    byte[] Body,
    DateTimeOffset TriggeredAt);
