using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.Magento2.Simulator.Auth;

/// <summary>
/// OAuth 1.0a signatures as Magento checks an integration's requests: base string of the method, the encoded URL without
/// its query and the encoded, sorted parameters (query and <c>oauth_*</c>, the JSON body not signed); key
/// <c>consumer secret &amp; access token secret</c>; HMAC-SHA256 or HMAC-SHA1, base64.
/// </summary>
public static class OAuthSignature
{
    /// <summary>The base string.</summary>
    public static string BaseString(string method, string baseUrl, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(method);
        var pairs = parameters
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        return method.ToUpperInvariant() + "&" + Encode(baseUrl) + "&" + Encode(string.Join('&', pairs));
    }

    /// <summary>The signature bytes, or null for a method Magento does not take.</summary>
    public static byte[]? Sign(string method, string baseString, string consumerSecret, string tokenSecret)
    {
        var key = Encoding.UTF8.GetBytes(Encode(consumerSecret) + "&" + Encode(tokenSecret));
        var data = Encoding.UTF8.GetBytes(baseString);
        return method switch
        {
            "HMAC-SHA256" => HMACSHA256.HashData(key, data),
            "HMAC-SHA1" => HMACSHA1.HashData(key, data),
            _ => null,
        };
    }

    /// <summary>RFC 3986 percent-encoding.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
