using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Shopify.Webhooks;

/// <summary>
/// Checks Shopify's webhook signature: base64 HMAC-SHA256 of the raw body with the app secret, compared in constant
/// time. Reads the newer un-prefixed headers first (shopify-hmac-sha256), then X-Shopify-*. A signed delivery without
/// X-Shopify-Webhook-Id (the id repeats are recognised by) is refused as a missing header, not as a bad signature.
/// </summary>
public static class ShopifyWebhookVerifier
{
    public static WebhookVerification Verify(WebhookRequest request, string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return WebhookVerification.Reject("No webhook secret is configured for this connection.");
        var signature = request.Header("shopify-hmac-sha256") ?? request.Header("x-shopify-hmac-sha256");
        if (string.IsNullOrEmpty(signature)) return WebhookVerification.Reject("Missing X-Shopify-Hmac-Sha256 header.");
        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, given, out var length) || length != 32)
            return WebhookVerification.Reject("X-Shopify-Hmac-Sha256 is not a base64 SHA-256 signature.");
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body.Span, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, given[..length]))
            return WebhookVerification.Reject("Signature does not match the body (wrong secret, altered body, or a webhook sent by hand from the Shopify admin).");
        var deliveryId = request.Header("x-shopify-webhook-id") ?? request.Header("shopify-webhook-id") ?? request.Header("shopify-event-id");
        if (string.IsNullOrEmpty(deliveryId)) return WebhookVerification.RejectMissingHeader("X-Shopify-Webhook-Id");
        return WebhookVerification.Accept(deliveryId, request.Header("shopify-topic") ?? request.Header("x-shopify-topic"));
    }
}
