namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>How webhooks are signed and retried.</summary>
public sealed record WebhookDispatcherOptions
{
    public required string ShopDomain { get; init; }
    public required string Secret { get; init; }
    public string ApiVersion { get; init; } = "2026-04";
    /// <summary>Waits before each retry; Shopify makes 8 retries over about 4 hours.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = DefaultRetryDelays;
    /// <summary>How long a receiver has to answer 2xx (Shopify: 5 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Consecutive abandoned deliveries after which the subscription is deleted.</summary>
    public int DeleteSubscriptionAfterFailures { get; init; } = 8;

    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
        [.. new[] { 10, 30, 60, 300, 900, 1800, 3600, 7200 }.Select(s => TimeSpan.FromSeconds(s))];
}
