using Microsoft.AspNetCore.Http;

namespace Stockbridge.Web.Webhooks;

/// <summary>Request headers by lowercase name: all of them for the verifier, credentials left out of what the inbox keeps.</summary>
internal static class WebhookHeaders
{
    private static readonly HashSet<string> NeverStored = new(StringComparer.OrdinalIgnoreCase) { "authorization", "proxy-authorization", "cookie" };

    public static Dictionary<string, string> All(IHeaderDictionary headers)
    {
        var result = new Dictionary<string, string>(headers.Count, StringComparer.Ordinal);
        foreach (var (name, values) in headers) result[name.ToLowerInvariant()] = values.ToString();
        return result;
    }

    public static Dictionary<string, string> ToStore(Dictionary<string, string> all) =>
        all.Where(h => !NeverStored.Contains(h.Key)).ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
}
