using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>
/// WordPress REST paging: <c>page</c> (1-based), <c>per_page</c> (1..100, default 10), <c>offset</c>; the answer carries
/// <c>X-WP-Total</c>, <c>X-WP-TotalPages</c> and a <c>Link</c> header with <c>prev</c>/<c>next</c>.
/// </summary>
public static class WooPaging
{
    /// <summary>The most items a page may ask for.</summary>
    public const int MaxPerPage = 100;

    /// <summary>One page of <paramref name="items"/>, with the paging headers set on the response.</summary>
    public static IResult Page(HttpContext http, IReadOnlyList<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(items);
        var perPage = Int(http, "per_page", 10, 1, MaxPerPage);
        var page = Int(http, "page", 1, 1, int.MaxValue);
        var offset = Int(http, "offset", 0, 0, int.MaxValue);
        var total = Math.Max(0, items.Count - offset);
        var totalPages = (int)Math.Ceiling(total / (double)perPage);
        if (page > Math.Max(1, totalPages) && total > 0)
            throw new WooRequestException(new WooError(400, "rest_post_invalid_page_number", "The page number requested is larger than the number of pages available."));
        var slice = items.Skip(offset + (page - 1) * perPage).Take(perPage).Select(i => (JsonNode)i.DeepClone()).ToArray();

        var headers = http.Response.Headers;
        headers["X-WP-Total"] = total.ToString(CultureInfo.InvariantCulture);
        headers["X-WP-TotalPages"] = totalPages.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (page > 1) links.Add($"<{PageUrl(http, page - 1)}>; rel=\"prev\"");
        if (page < totalPages) links.Add($"<{PageUrl(http, page + 1)}>; rel=\"next\"");
        if (links.Count > 0) headers.Link = string.Join(", ", links);
        return Results.Json(new JsonArray(slice));
    }

    private static int Int(HttpContext http, string name, int fallback, int min, int max)
    {
        var text = WooQuery.Value(http.Request, name);
        if (text.Length == 0) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            throw new WooRequestException(WooError.InvalidParam(name, $"{name} is not of type integer."));
        if (value < min || value > max)
            throw new WooRequestException(WooError.InvalidParam(name, max == int.MaxValue
                ? $"{name} must be greater than or equal to {min}"
                : $"{name} must be between {min} (inclusive) and {max} (inclusive)"));
        return value;
    }

    private static string PageUrl(HttpContext http, int page)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        foreach (var secret in (string[])["consumer_key", "consumer_secret"]) query.Remove(secret);
        foreach (var oauth in query.Keys.Where(k => k.StartsWith("oauth_", StringComparison.Ordinal)).ToList()) query.Remove(oauth);
        var builder = new QueryBuilder(query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.LastOrDefault() ?? "")));
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}";
    }
}
