using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Simulators.Webhooks;

/// <summary>lower-case hex(HMAC-SHA256(raw body, secret)), as systems that sign in hex send it.</summary>
public sealed class HmacSha256HexSigner(string secret) : IWebhookSigner
{
    /// <inheritdoc />
    public string Sign(ReadOnlySpan<byte> body) => Sign(body, secret);

    string? IWebhookSigner.Sign(ReadOnlySpan<byte> body) => Sign(body);

    /// <summary>The signature of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
