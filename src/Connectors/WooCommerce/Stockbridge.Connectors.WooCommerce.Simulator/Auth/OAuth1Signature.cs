using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Auth;

/// <summary>
/// OAuth 1.0a one-legged signatures as WooCommerce checks them: the base string is the method, the encoded URL without
/// its query, and the encoded, sorted <c>key=value</c> pairs of every parameter but the signature (the body is not
/// signed); the key is the consumer secret and an ampersand.
/// </summary>
public static class OAuth1Signature
{
    /// <summary>The base string.</summary>
    public static string BaseString(string method, string baseUrl, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var pairs = parameters
            .Where(p => p.Key != "oauth_signature")
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        return method.ToUpperInvariant() + "&" + Encode(baseUrl) + "&" + Encode(string.Join('&', pairs));
    }

    /// <summary>The base64 signature of a base string with <c>HMAC-SHA1</c> or <c>HMAC-SHA256</c>; null for another method.</summary>
    public static byte[]? Sign(string signatureMethod, string baseString, string consumerSecret)
    {
        var key = Encoding.UTF8.GetBytes(Encode(consumerSecret) + "&");
        var data = Encoding.UTF8.GetBytes(baseString);
        return signatureMethod switch
        {
            "HMAC-SHA256" => HMACSHA256.HashData(key, data),
            "HMAC-SHA1" => HMACSHA1.HashData(key, data),
            _ => null,
        };
    }

    /// <summary>RFC 3986 percent-encoding (unreserved characters kept).</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
