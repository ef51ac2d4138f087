using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>
/// One REST call as Magento's web API front controller sees it: the store code of <c>/rest/{store_code}/…</c> (<c>default</c>
/// for <c>/rest/V1/…</c>), whether it came through <c>async/V1</c> or <c>async/bulk/V1</c>, and the route's segments below <c>V1</c>.
/// </summary>
public sealed record RestCall(string Method, string StoreCode, RestMode Mode, IReadOnlyList<string> Segments, IQueryCollection Query, JsonNode? Body)
{
    /// <summary>The route below <c>V1</c>, e.g. <c>products/base-prices</c>.</summary>
    public string Route => string.Join('/', Segments);

    /// <summary>Whether the call is <paramref name="method"/> on a route of exactly these segments (<c>*</c> matches any one).</summary>
    public bool Is(string method, params string[] pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) || Segments.Count != pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
            if (pattern[i] != "*" && !string.Equals(pattern[i], Segments[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Segment <paramref name="index"/> as an entity id; Magento's 400 when it is not a whole number.</summary>
    public int Id(int index) => int.TryParse(Segments[index], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        ? id
        : throw new MagentoError(400, "The \"%1\" value's type is invalid. The \"%2\" type was expected. Verify and try again.", new JsonArray(Segments[index], "int"));

    /// <summary>
    /// Parses <c>/rest/…</c> below <c>rest/</c>: <c>[store_code/]V1/…</c>, <c>[store_code/]async/V1/…</c> or
    /// <c>[store_code/]async/bulk/V1/…</c>; null when the path has none of these forms.
    /// </summary>
    public static RestCall? Parse(string method, string path, IQueryCollection query, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var store = "default";
        if (segments.Count > 0 && segments[0] is not ("V1" or "async"))
        {
            store = segments[0];
            segments.RemoveAt(0);
        }
        var mode = RestMode.Synchronous;
        if (segments.Count > 1 && segments[0] == "async" && segments[1] == "bulk") { mode = RestMode.Bulk; segments.RemoveRange(0, 2); }
        else if (segments.Count > 0 && segments[0] == "async") { mode = RestMode.Asynchronous; segments.RemoveAt(0); }
        if (segments.Count == 0 || segments[0] != "V1") return null;
        segments.RemoveAt(0);
        return new RestCall(method.ToUpperInvariant(), store, mode, segments, query, body);
    }
}
