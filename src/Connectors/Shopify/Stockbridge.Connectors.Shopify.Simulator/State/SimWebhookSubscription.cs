namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A webhook subscription: a topic (e.g. orders/create) delivered to a URI.</summary>
public sealed class SimWebhookSubscription
{
    public required long Id { get; init; }
    public required string Topic { get; init; }
    public required string Uri { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
