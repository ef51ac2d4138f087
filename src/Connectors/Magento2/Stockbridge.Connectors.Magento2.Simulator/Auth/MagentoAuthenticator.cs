using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Auth;

/// <summary>
/// Who may call the REST API: an admin token as Bearer (until it expires), an integration's access token as a standalone
/// Bearer token only when the store allows it (off by default since 2.4.4), or an OAuth 1.0a request signed with the
/// integration's four secrets (a nonce used once per consumer and timestamp). Anything else is Magento's 401.
/// </summary>
public sealed class MagentoAuthenticator(AdminTokens admin, IntegrationCredentials integration, bool standaloneBearer, ConcurrentDictionary<string, byte> nonces)
{

    /// <summary>Throws Magento's 401 unless the request carries good credentials.</summary>
    public void Check(HttpRequest request, string resource)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header[7..].Trim();
            if (admin.IsValid(token)) return;
            if (standaloneBearer && Same(token, integration.AccessToken)) return;
            throw MagentoError.Unauthorized(resource);
        }
        if (header.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase) && CheckOAuth(request, header)) return;
        throw MagentoError.Unauthorized(resource);
    }

    private bool CheckOAuth(HttpRequest request, string header)
    {
        var oauth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[6..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) oauth[Uri.UnescapeDataString(part[..eq])] = Uri.UnescapeDataString(part[(eq + 1)..].Trim('"'));
        }
        if (!oauth.TryGetValue("oauth_signature", out var signature) || !oauth.TryGetValue("oauth_signature_method", out var method)
            || !oauth.TryGetValue("oauth_consumer_key", out var consumer) || !oauth.TryGetValue("oauth_token", out var token)
            || !oauth.TryGetValue("oauth_nonce", out var nonce) || !oauth.TryGetValue("oauth_timestamp", out var timestamp)) return false;
        if (!Same(consumer, integration.ConsumerKey) || !Same(token, integration.AccessToken)) return false;
        var parameters = request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString()))
            .Concat(oauth.Where(o => o.Key is not ("oauth_signature" or "realm")));
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        if (OAuthSignature.Sign(method, OAuthSignature.BaseString(request.Method, baseUrl, parameters), integration.ConsumerSecret, integration.AccessTokenSecret) is not { } expected) return false;
        byte[] given;
        try { given = Convert.FromBase64String(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(expected, given) && nonces.TryAdd($"{consumer}:{timestamp}:{nonce}", 0);
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
