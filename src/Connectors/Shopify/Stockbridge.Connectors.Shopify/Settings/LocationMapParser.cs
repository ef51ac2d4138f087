using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Shopify.Settings;

/// <summary>
/// Reads <c>location_map</c>: <c>WAREHOUSE=location</c> pairs separated by commas or new lines, where location is a
/// GID (<c>gid://shopify/Location/123</c>) or its number. Example: <c>JHB=gid://shopify/Location/1, CPT=2</c>.
/// </summary>
public static class LocationMapParser
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in (text ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
                throw new PermanentConnectorException($"location_map entry '{part}' is not WAREHOUSE=location.");
            pairs.Add(new(part[..eq].Trim(), ToGid(part[(eq + 1)..].Trim())));
        }
        return pairs;
    }

    /// <summary>A location given as a GID or a bare number, as a GID.</summary>
    public static string ToGid(string location) =>
        location.StartsWith("gid://", StringComparison.Ordinal) ? location : $"gid://shopify/Location/{location}";
}
