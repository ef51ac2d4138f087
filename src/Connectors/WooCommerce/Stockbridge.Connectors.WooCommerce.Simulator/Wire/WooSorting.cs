namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>
/// A list's order as WordPress takes it: <c>orderby</c> (<c>date</c> by default, <c>modified</c>, <c>id</c>, <c>title</c>,
/// <c>include</c>, <c>slug</c>) and <c>order</c> (<c>desc</c> by default, <c>asc</c>); equal keys fall back to the id.
/// </summary>
public static class WooSorting
{
    /// <summary>Sorts <paramref name="items"/> as the request asks.</summary>
    public static IEnumerable<T> Apply<T>(HttpRequest request, IEnumerable<T> items, Func<T, int> id, Func<T, DateTimeOffset> created,
        Func<T, DateTimeOffset> modified, Func<T, string>? title = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderBy = WooQuery.Value(request, "orderby");
        Func<T, IComparable> key = orderBy switch
        {
            "" or "date" => t => created(t),
            "modified" => t => modified(t),
            "id" or "include" => t => id(t),
            "title" or "slug" when title is not null => t => title(t),
            _ => throw new WooRequestException(WooError.InvalidParam("orderby", "orderby is not one of date, id, include, title, slug, modified.")),
        };
        var descending = !WooQuery.Ascending(request);
        return descending
            ? items.OrderByDescending(key).ThenByDescending(id)
            : items.OrderBy(key).ThenBy(id);
    }
}
