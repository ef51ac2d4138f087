using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.WooCommerce.Api;

/// <summary>
/// OAuth 1.0a "one-legged" signing as WooCommerce accepts it over plain http: HMAC-SHA256 over
/// METHOD &amp; encoded(URL without query) &amp; encoded(the sorted, encoded parameters, query parameters included), keyed
/// with encoded(consumer secret) + "&amp;" (no token). The request body is not signed.
/// </summary>
public static class OAuth1Signer
{
    public const string SignatureMethod = "HMAC-SHA256";

    /// <summary>
    /// The oauth_* parameters (signature last) to add to the query string of <paramref name="url"/>, whose own query
    /// parameters are signed with them.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Sign(
        string method, Uri url, string consumerKey, string consumerSecret, long timestamp, string nonce)
    {
        ArgumentNullException.ThrowIfNull(url);
        var oauth = new List<KeyValuePair<string, string>>
        {
            new("oauth_consumer_key", consumerKey),
            new("oauth_nonce", nonce),
            new("oauth_signature_method", SignatureMethod),
            new("oauth_timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("oauth_version", "1.0"),
        };
        var baseString = BaseString(method, url, [.. QueryParameters(url), .. oauth]);
        var key = Encoding.UTF8.GetBytes(PercentEncoding.Encode(consumerSecret) + "&");
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(baseString)));
        oauth.Add(new("oauth_signature", signature));
        return oauth;
    }

    /// <summary>The signature base string over <paramref name="url"/> (its query ignored) and <paramref name="parameters"/>.</summary>
    public static string BaseString(string method, Uri url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        var normalized = parameters
            .Select(p => (Key: PercentEncoding.Encode(p.Key), Value: PercentEncoding.Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        var baseUrl = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return method.ToUpperInvariant() + "&" + PercentEncoding.Encode(baseUrl) + "&" + PercentEncoding.Encode(string.Join("&", normalized));
    }

    /// <summary>The query parameters of <paramref name="url"/>, decoded.</summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.Query.TrimStart('?');
        if (query.Length == 0) yield break;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            yield return new(Uri.UnescapeDataString(key.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' ')));
        }
    }
}
