namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A webhook subscription: a topic (e.g. orders/create) delivered to a URI.</summary>
public sealed class SimWebhookSubscription
{
    public required long Id { get; init; }
    public required string Topic { get; init; }
    public required string Uri { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    private int _consecutiveFailures;

    /// <summary>Deliveries abandoned in a row (deliveries run concurrently, so it is counted atomically).</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>A delivery was abandoned; returns how many in a row now.</summary>
    public int RecordAbandoned() => Interlocked.Increment(ref _consecutiveFailures);

    /// <summary>A delivery got through: the run of failures ends.</summary>
    public void RecordDelivered() => Interlocked.Exchange(ref _consecutiveFailures, 0);
}
