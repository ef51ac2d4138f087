using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Engine.Testing;

/// <summary>
/// A tiny webhook connector for the engine's own tests: verifies <c>X-Test-Hmac-Sha256</c> = base64(HMAC-SHA256(secret,
/// raw body)) in constant time, takes the delivery id from <c>X-Test-Delivery-Id</c> and the topic from <c>X-Test-Topic</c>.
/// An <c>orders/*</c> body is one order in wire JSON; other topics carry <c>{"id": "..."}</c>.
/// </summary>
public sealed class HmacTestConnector(ConnectionContext context) : IConnector, ISupportsWebhooks
{
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("secret", context.Optional(HmacTestConnectorFactory.SecretKey) is not null, "webhook secret set")]));

    public WebhookVerification Verify(WebhookRequest request)
    {
        var secret = context.Optional(HmacTestConnectorFactory.SecretKey);
        if (secret is null) return WebhookVerification.Reject("no webhook secret configured");
        var given = request.Header(HmacSigner.SignatureHeader);
        if (string.IsNullOrEmpty(given)) return WebhookVerification.Reject("signature header missing");
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body.Span);
        Span<byte> actual = stackalloc byte[64];
        if (!Convert.TryFromBase64String(given, actual, out var length) || length != expected.Length
            || !CryptographicOperations.FixedTimeEquals(actual[..length], expected))
            return WebhookVerification.Reject("signature mismatch");
        var deliveryId = request.Header(HmacSigner.DeliveryHeader);
        return deliveryId is null ? WebhookVerification.Reject("delivery id missing") : WebhookVerification.Accept(deliveryId, request.Header(HmacSigner.TopicHeader));
    }

    public Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Header(HmacSigner.TopicHeader) ?? "unknown";
        if (topic.StartsWith("orders/", StringComparison.Ordinal))
            return Task.FromResult<IReadOnlyList<WebhookEvent>>([new WebhookEvent(topic, WireJson.Deserialize<Order>(request.Body.Span))]);
        using var document = JsonDocument.Parse(request.Body);
        var id = document.RootElement.TryGetProperty("id", out var value) ? value.ToString() : null;
        return Task.FromResult<IReadOnlyList<WebhookEvent>>([new WebhookEvent(topic, ExternalId: id)]);
    }
}
