using System.Text.Json;

namespace Stockbridge.Engine.Webhooks;

/// <summary>How request headers are kept in the inbox: a JSON object of lowercase name to value.</summary>
public static class StoredHeaders
{
    /// <summary>The JSON of <paramref name="headers"/>.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> headers) => JsonSerializer.Serialize(headers);

    /// <summary>The headers stored as <paramref name="json"/>, by lowercase name.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        var parsed = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        return parsed.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
    }
}
