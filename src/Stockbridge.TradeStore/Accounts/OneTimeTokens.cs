using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.TradeStore.Accounts;

/// <summary>One-time tokens for invitation and reset links: 32 random bytes, URL-safe; only their SHA-256 is stored.</summary>
internal static class OneTimeTokens
{
    /// <summary>How long an invitation or reset link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> is the one whose hash is stored, compared in constant time.</summary>
    public static bool Matches(string? storedHash, string token) =>
        storedHash is not null && token.Length is > 0 and < 200 &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));
}
