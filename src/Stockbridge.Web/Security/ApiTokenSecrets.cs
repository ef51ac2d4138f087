using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Web.Security;

/// <summary>Makes API tokens and their SHA-256 hashes (the hash is what the store keeps).</summary>
public static class ApiTokenSecrets
{
    /// <summary>The prefix every token starts with, so leaked tokens are easy to find in logs and code.</summary>
    public const string Prefix = "sbk_";

    /// <summary>A new random token (256 bits).</summary>
    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
