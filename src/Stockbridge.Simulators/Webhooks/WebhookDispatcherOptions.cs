namespace Stockbridge.Simulators.Webhooks;

/// <summary>How a system signs, sends, retries and gives up on webhooks.</summary>
public sealed record WebhookDispatcherOptions
{
    /// <summary>Signs each body. <value>unsigned</value></summary>
    public IWebhookSigner Signer { get; init; } = UnsignedWebhooks.Instance;

    /// <summary>
    /// The system's headers for a delivery, given its signature (null when unsigned), e.g. Shopify's
    /// <c>X-Shopify-Topic</c>, <c>X-Shopify-Hmac-Sha256</c>, <c>X-Shopify-Webhook-Id</c>. <value>the signature in <c>X-Webhook-Signature</c></value>
    /// </summary>
    public Func<WebhookDelivery, string?, IEnumerable<KeyValuePair<string, string>>> Headers { get; init; } = DefaultHeaders;

    /// <summary>The body's content type. <value>application/json</value></summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Waits before each retry after a failed attempt; empty: no retries.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [];

    /// <summary>How long a receiver has to answer. <value>5 s</value></summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Abandoned deliveries in a row after which a subscription is disabled; null: never.</summary>
    public int? DisableAfterConsecutiveFailures { get; init; }

    private static IEnumerable<KeyValuePair<string, string>> DefaultHeaders(WebhookDelivery delivery, string? signature) =>
        signature is null ? [] : [new("X-Webhook-Signature", signature)];
}
