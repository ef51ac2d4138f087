using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Simulators.Webhooks;

/// <summary>base64(HMAC-SHA256(raw body, secret)): Shopify's <c>X-Shopify-Hmac-Sha256</c>, WooCommerce's <c>X-WC-Webhook-Signature</c>.</summary>
public sealed class HmacSha256Base64Signer(string secret) : IWebhookSigner
{
    /// <inheritdoc />
    public string Sign(ReadOnlySpan<byte> body) => Sign(body, secret);

    string? IWebhookSigner.Sign(ReadOnlySpan<byte> body) => Sign(body);

    /// <summary>The signature of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
