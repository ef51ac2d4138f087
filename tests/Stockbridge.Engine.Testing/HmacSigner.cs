using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Engine.Testing;

/// <summary>Signs test webhooks the way <see cref="HmacTestConnector"/> checks them.</summary>
public static class HmacSigner
{
    public const string SignatureHeader = "X-Test-Hmac-Sha256";
    public const string DeliveryHeader = "X-Test-Delivery-Id";
    public const string TopicHeader = "X-Test-Topic";

    public static string Sign(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>A signed POST to <c>/webhooks/{connectionId}</c>.</summary>
    public static HttpRequestMessage Request(string connectionId, string secret, byte[] body, string deliveryId, string topic = "orders/create")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connectionId}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(SignatureHeader, Sign(secret, body));
        request.Headers.Add(DeliveryHeader, deliveryId);
        request.Headers.Add(TopicHeader, topic);
        return request;
    }
}
