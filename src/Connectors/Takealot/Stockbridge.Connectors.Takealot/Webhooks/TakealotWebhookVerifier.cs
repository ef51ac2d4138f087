using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Takealot.Webhooks;

/// <summary>
/// Checks Takealot's webhook signature: <c>X-Takealot-Signature</c> is the lowercase hex HMAC-SHA256 of the raw body under the
/// webhook's secret (hex, not base64 as Shopify and WooCommerce sign), compared in constant time before anything is parsed
/// or stored. The delivery id (for ignoring repeats) is <c>X-Takealot-Delivery</c>, the event <c>X-Takealot-Event</c>.
/// </summary>
public static class TakealotWebhookVerifier
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Takealot-Signature";
    /// <summary>The delivery id header.</summary>
    public const string DeliveryHeader = "X-Takealot-Delivery";
    /// <summary>The event header.</summary>
    public const string EventHeader = "X-Takealot-Event";

    /// <summary>Accepts a correctly signed delivery; rejects (never throws) a missing or wrong signature.</summary>
    public static WebhookVerification Verify(WebhookRequest request, string? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return WebhookVerification.Reject($"Missing {SignatureHeader} header.");
        if (string.IsNullOrEmpty(secret)) return WebhookVerification.Reject("No webhook secret is configured for this connection.");
        Span<byte> given = stackalloc byte[32];
        if (signature.Length != 64 || Convert.FromHexString(signature, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            return WebhookVerification.Reject($"{SignatureHeader} is not a hex SHA-256 signature.");
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body.Span, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
            return WebhookVerification.Reject("Signature does not match the body (wrong secret on the webhook, or an altered body).");
        var delivery = request.Header(DeliveryHeader);
        if (string.IsNullOrEmpty(delivery)) return WebhookVerification.RejectMissingHeader(DeliveryHeader);
        return WebhookVerification.Accept(delivery, request.Header(EventHeader));
    }
}
