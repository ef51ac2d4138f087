using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Admin tokens shared by the connectors of one connection in this process (the hub makes a connector per job), so each
/// job does not sign in again. Keyed by the store, the user and a hash of the password: a changed password never reuses a
/// token. Kept in memory only.
/// </summary>
public static class AdminTokenCache
{
    private static readonly ConcurrentDictionary<string, string> Tokens = new(StringComparer.Ordinal);

    /// <summary>The cache key of a store and admin user.</summary>
    public static string Key(Uri store, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{store.AbsoluteUri}\n{user}\n{password}")));
    }

    /// <summary>The token cached under the key, or null.</summary>
    public static string? Get(string key) => Tokens.GetValueOrDefault(key);

    /// <summary>Caches a token.</summary>
    public static void Set(string key, string token) => Tokens[key] = token;

    /// <summary>Drops the token when it is still the one cached (a newer one stays).</summary>
    public static void Drop(string key, string token) => Tokens.TryRemove(KeyValuePair.Create(key, token));
}
