using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Auth;

/// <summary>
/// Checks a <c>wc/v3</c> request's credentials as WooCommerce does: HTTP Basic with the consumer key and secret, the
/// <c>consumer_key</c>/<c>consumer_secret</c> query parameters, or OAuth 1.0a one-legged (query or <c>Authorization: OAuth</c>
/// header; HMAC-SHA1 or HMAC-SHA256; a 15-minute timestamp window; a nonce used once). Secrets are compared in constant time.
/// </summary>
public sealed class WooAuthenticator(string consumerKey, string consumerSecret, TimeProvider time)
{
    /// <summary>How far an OAuth timestamp may be from the store's clock.</summary>
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _nonces = new(StringComparer.Ordinal);

    /// <summary>The refusal for this request, or null when its credentials are good.</summary>
    public WooError? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return CheckBasic(authorization["Basic ".Length..]);
        if (request.Query.ContainsKey("consumer_key") || request.Query.ContainsKey("consumer_secret"))
            return CheckKeyAndSecret(request.Query["consumer_key"].ToString(), request.Query["consumer_secret"].ToString());
        var oauth = OAuthParameters(request, authorization);
        if (oauth.ContainsKey("oauth_consumer_key")) return CheckOAuth(request, oauth);
        return WooError.Authentication("Consumer key is missing.");
    }

    private WooError? CheckBasic(string encoded)
    {
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Trim())); }
        catch (FormatException) { return WooError.Authentication("Consumer key is invalid."); }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? WooError.Authentication("Consumer secret is missing.") : CheckKeyAndSecret(decoded[..colon], decoded[(colon + 1)..]);
    }

    private WooError? CheckKeyAndSecret(string key, string secret)
    {
        if (key.Length == 0) return WooError.Authentication("Consumer key is missing.");
        if (!SameText(key, consumerKey)) return WooError.Authentication("Consumer key is invalid.");
        return SameText(secret, consumerSecret) ? null : WooError.Authentication("Consumer secret is invalid.");
    }

    private WooError? CheckOAuth(HttpRequest request, Dictionary<string, string> oauth)
    {
        foreach (var required in (string[])["oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method"])
            if (!oauth.ContainsKey(required)) return WooError.Authentication($"{required} parameter is missing.");
        if (!SameText(oauth["oauth_consumer_key"], consumerKey)) return WooError.Authentication("Consumer key is invalid.");
        var method = oauth["oauth_signature_method"];
        if (method is not ("HMAC-SHA1" or "HMAC-SHA256")) return WooError.Authentication("Invalid signature - signature method is invalid.");
        if (!long.TryParse(oauth["oauth_timestamp"], out var seconds)) return WooError.Authentication("Invalid timestamp.");
        var now = time.GetUtcNow();
        if ((now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > TimestampWindow)
            return WooError.Authentication("Invalid timestamp.");

        // As PHP reads a query string, a repeated key counts once, with its last value (the official JS client sends the
        // query twice over HTTP: in the URL and again among the OAuth parameters it appends).
        var parameters = request.Query.Where(q => q.Key.Length > 0 && q.Key != "oauth_signature")
            .Select(q => new KeyValuePair<string, string>(q.Key, q.Value.LastOrDefault() ?? ""))
            .Concat(oauth.Where(o => o.Key != "oauth_signature" && !request.Query.ContainsKey(o.Key)));
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var expected = OAuth1Signature.Sign(method, OAuth1Signature.BaseString(request.Method, baseUrl, parameters), consumerSecret)!;
        byte[] given;
        try { given = Convert.FromBase64String(oauth["oauth_signature"].Replace(' ', '+')); }
        catch (FormatException) { return WooError.Authentication("Invalid signature - provided signature does not match."); }
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
            return WooError.Authentication("Invalid signature - provided signature does not match.");

        foreach (var old in _nonces.Where(n => now - n.Value > TimestampWindow * 2).Select(n => n.Key).ToList()) _nonces.TryRemove(old, out _);
        return _nonces.TryAdd($"{oauth["oauth_consumer_key"]}:{seconds}:{oauth["oauth_nonce"]}", now)
            ? null
            : WooError.Authentication("Invalid nonce - nonce has already been used.");
    }

    private static Dictionary<string, string> OAuthParameters(HttpRequest request, string authorization)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
            if (key.StartsWith("oauth_", StringComparison.Ordinal)) found[key] = value.ToString();
        if (!authorization.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase)) return found;
        foreach (var part in authorization["OAuth ".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            var key = Uri.UnescapeDataString(part[..eq]);
            if (key.StartsWith("oauth_", StringComparison.Ordinal))
                found.TryAdd(key, Uri.UnescapeDataString(part[(eq + 1)..].Trim('"')));
        }
        return found;
    }

    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
