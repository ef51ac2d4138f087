using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>Shopify's webhook signature: base64(HMAC-SHA256(raw body, app secret)).</summary>
public static class WebhookSigner
{
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
