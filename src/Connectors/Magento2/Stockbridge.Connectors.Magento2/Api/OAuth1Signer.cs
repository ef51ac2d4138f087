using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Signs a request for a Magento integration with OAuth 1.0a, HMAC-SHA256: the base string is the method, the URL
/// without its query, and the sorted, RFC 3986-encoded query and <c>oauth_*</c> parameters (a JSON body is not signed);
/// the key is <c>consumer secret &amp; access token secret</c>.
/// </summary>
public sealed class OAuth1Signer(string consumerKey, string consumerSecret, string accessToken, string accessTokenSecret, TimeProvider time)
{
    /// <summary>The <c>Authorization</c> header value for the request.</summary>
    public string Header(string method, Uri urlWithoutQuery, IEnumerable<KeyValuePair<string, string>> query)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(urlWithoutQuery);
        var oauth = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["oauth_consumer_key"] = consumerKey,
            ["oauth_nonce"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["oauth_signature_method"] = "HMAC-SHA256",
            ["oauth_timestamp"] = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["oauth_token"] = accessToken,
            ["oauth_version"] = "1.0",
        };
        var signature = Sign(BaseString(method, urlWithoutQuery.GetLeftPart(UriPartial.Path), query.Concat(oauth)), consumerSecret, accessTokenSecret);
        oauth["oauth_signature"] = signature;
        return "OAuth " + string.Join(",", oauth.Select(p => $"{Encode(p.Key)}=\"{Encode(p.Value)}\""));
    }

    /// <summary>The signature base string.</summary>
    public static string BaseString(string method, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(method);
        var pairs = parameters.Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        return method.ToUpperInvariant() + "&" + Encode(url) + "&" + Encode(string.Join('&', pairs));
    }

    /// <summary>The base64 HMAC-SHA256 of the base string.</summary>
    public static string Sign(string baseString, string consumerSecret, string tokenSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Encode(consumerSecret) + "&" + Encode(tokenSecret)), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>RFC 3986 percent-encoding.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value ?? "");
}
