using System.Text.Json;

namespace Stockbridge.Connectors.Parcelninja.Api;

/// <summary>A successful answer: its status, its headers (names lowercase) and its JSON body (null when empty).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Headers">Headers by lowercase name.</param>
/// <param name="Body">The body, when it had one.</param>
public sealed record ParcelninjaResponse(int Status, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    /// <summary>A header by name (any case), or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}
