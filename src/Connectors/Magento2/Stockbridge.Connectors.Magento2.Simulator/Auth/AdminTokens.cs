using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.Magento2.Simulator.Auth;

/// <summary>
/// Admin tokens from <c>POST /V1/integration/admin/token</c>: 32 random characters, valid for the admin token lifetime
/// (4 hours by default) by the simulator's clock.
/// </summary>
public sealed class AdminTokens(string username, string password, TimeSpan lifetime, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    /// <summary>How many tokens were issued.</summary>
    public int Issued => _expiries.Count;

    /// <summary>A new token for the right user name and password; null otherwise.</summary>
    public string? Issue(string? user, string? secret)
    {
        if (!Same(user ?? "", username) | !Same(secret ?? "", password)) return null;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _expiries[token] = time.GetUtcNow() + lifetime;
        return token;
    }

    /// <summary>Whether the token was issued and has not expired.</summary>
    public bool IsValid(string token) => _expiries.TryGetValue(token, out var expires) && time.GetUtcNow() < expires;

    /// <summary>Ends every token now (an admin changing the lifetime, or a test).</summary>
    public void ExpireAll()
    {
        foreach (var key in _expiries.Keys) _expiries[key] = DateTimeOffset.MinValue;
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
