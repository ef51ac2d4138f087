using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>Shopify's webhook signature, <c>X-Shopify-Hmac-Sha256</c>: the kit's base64(HMAC-SHA256(raw body, app secret)).</summary>
public static class WebhookSigner
{
    public static string Sign(ReadOnlySpan<byte> body, string secret) => HmacSha256Base64Signer.Sign(body, secret);
}
