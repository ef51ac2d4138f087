using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>
/// How Shopify sends webhooks, as configuration of the kit's dispatcher: base64 HMAC-SHA256 in
/// <c>X-Shopify-Hmac-Sha256</c> with its other <c>X-Shopify-*</c> headers, a 5 s answer window, 8 retries over about
/// 4 hours, and the subscription deleted after 8 abandoned deliveries in a row.
/// </summary>
public static class ShopifyWebhookPolicy
{
    /// <summary>Shopify's waits before each retry: 8 retries over about 4 hours.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
        [.. new[] { 10, 30, 60, 300, 900, 1800, 3600, 7200 }.Select(s => TimeSpan.FromSeconds(s))];

    /// <summary>Abandoned deliveries in a row after which Shopify deletes the subscription.</summary>
    public const int DeleteSubscriptionAfterFailures = 8;

    /// <summary>The dispatcher options for a shop started with <paramref name="options"/>.</summary>
    public static WebhookDispatcherOptions For(ShopifySimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WebhookDispatcherOptions
        {
            Signer = new HmacSha256Base64Signer(options.WebhookSecret),
            Headers = (delivery, signature) => Headers(delivery, signature, options),
            RetryDelays = options.WebhookRetryDelays ?? DefaultRetryDelays,
            Timeout = TimeSpan.FromSeconds(5),
            DisableAfterConsecutiveFailures = DeleteSubscriptionAfterFailures,
        };
    }

    private static IEnumerable<KeyValuePair<string, string>> Headers(WebhookDelivery d, string? signature, ShopifySimulatorOptions options) =>
    [
        new("X-Shopify-Topic", d.Topic),
        new("X-Shopify-Hmac-Sha256", signature ?? ""),
        new("X-Shopify-Shop-Domain", options.ShopDomain),
        new("X-Shopify-Webhook-Id", d.WebhookId),
        new("X-Shopify-Event-Id", d.EventId),
        new("X-Shopify-API-Version", options.WebhookApiVersion),
        new("X-Shopify-Triggered-At", d.TriggeredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
    ];
}
