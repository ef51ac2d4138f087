using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.WooCommerce.Webhooks;

/// <summary>
/// Checks WooCommerce's webhook signature: X-WC-Webhook-Signature is base64 HMAC-SHA256 of the raw body with the webhook's
/// secret, compared in constant time; the delivery id is X-WC-Webhook-Delivery-ID and the topic X-WC-Webhook-Topic.
/// One unsigned body is let through: the ping WooCommerce sends when a webhook is created (the form body
/// <c>webhook_id=N</c>, no signature, no topic), which it expects answered with 200 (else it marks the webhook failed): it
/// is acknowledged and <b>not stored</b>, since it is unauthenticated and carries nothing the hub acts on. Any other unsigned
/// delivery is rejected.
/// </summary>
public static partial class WooCommerceWebhookVerifier
{
    /// <summary>The topic given to the creation ping.</summary>
    public const string PingTopic = "webhook.ping";

    public static WebhookVerification Verify(WebhookRequest request, string? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Header("x-wc-webhook-signature");
        if (string.IsNullOrEmpty(signature))
        {
            if (request.Header("x-wc-webhook-topic") is null && PingWebhookId(request.Body.Span) is { } webhookId)
                return WebhookVerification.AcknowledgeOnly($"WooCommerce's creation ping for webhook {webhookId}");
            return WebhookVerification.Reject("Missing X-WC-Webhook-Signature header.");
        }
        if (string.IsNullOrEmpty(secret)) return WebhookVerification.Reject("No webhook secret is configured for this connection.");
        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, given, out var length) || length != 32)
            return WebhookVerification.Reject("X-WC-Webhook-Signature is not a base64 SHA-256 signature.");
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body.Span, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, given[..length]))
            return WebhookVerification.Reject("Signature does not match the body (wrong secret on the webhook, or an altered body).");
        var deliveryId = request.Header("x-wc-webhook-delivery-id");
        if (string.IsNullOrEmpty(deliveryId)) return WebhookVerification.RejectMissingHeader("X-WC-Webhook-Delivery-ID");
        return WebhookVerification.Accept(deliveryId, request.Header("x-wc-webhook-topic"));
    }

    /// <summary>The N of a ping body <c>webhook_id=N</c>, or null when the body is anything else.</summary>
    public static string? PingWebhookId(ReadOnlySpan<byte> body)
    {
        if (body.Length > 40) return null;
        var match = PingBody().Match(Encoding.ASCII.GetString(body));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^webhook_id=([0-9]{1,20})$")]
    private static partial Regex PingBody();
}
