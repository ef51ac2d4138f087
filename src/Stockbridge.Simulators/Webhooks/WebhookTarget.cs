namespace Stockbridge.Simulators.Webhooks;

/// <summary>A subscription a topic is delivered to: its id (for the disable policy) and the receiver.</summary>
public sealed record WebhookTarget(string SubscriptionId, string Uri);
