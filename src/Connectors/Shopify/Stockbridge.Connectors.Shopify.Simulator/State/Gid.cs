using System.Globalization;

namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>Shopify global ids: <c>gid://shopify/{Type}/{number}</c>, numbers kept as 64-bit integers.</summary>
public static class Gid
{
    /// <summary>Formats a GID.</summary>
    public static string For(string type, long id) => $"gid://shopify/{type}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads the number from a GID of the given type (or a bare number); null when it is not one.</summary>
    public static long? Parse(string? gid, string type)
    {
        if (string.IsNullOrEmpty(gid)) return null;
        var prefix = $"gid://shopify/{type}/";
        var text = gid.StartsWith(prefix, StringComparison.Ordinal) ? gid[prefix.Length..] : gid;
        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) text = text[..query];
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
