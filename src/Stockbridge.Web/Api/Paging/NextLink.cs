using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Stockbridge.Web.Api.Paging;

/// <summary>Builds the <c>next</c> link of a page: the same request with <c>after</c> set to the last row's cursor.</summary>
internal static class NextLink
{
    /// <summary>The next page's relative URL when the page is full, else null.</summary>
    public static string? For(HttpRequest request, int count, int limit, string? lastCursor)
    {
        if (count < limit || lastCursor is null) return null;
        var query = new QueryBuilder(request.Query
            .Where(pair => pair.Key is not ("after" or "limit"))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? ""))))
        {
            { "limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { "after", lastCursor },
        };
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
    }

    /// <summary>A page of rows with its next link.</summary>
    public static Paged<T> Page<T>(HttpRequest request, IReadOnlyList<T> items, int limit, Func<T, string> cursor) =>
        new(items, For(request, items.Count, limit, items.Count > 0 ? cursor(items[^1]) : null));
}
