using System.Globalization;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>List filters read from the query string.</summary>
public static class WooQuery
{
    /// <summary>A parameter's value as PHP reads a query string: the last one when repeated; "" when absent.</summary>
    public static string Value(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query[name].LastOrDefault() ?? "";
    }

    /// <summary>A date filter (<c>modified_after</c>, <c>after</c>…) as UTC, or null when absent.</summary>
    public static DateTimeOffset? Date(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = Value(request, name);
        if (text.Length == 0) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new WooRequestException(WooError.InvalidParam(name, "Invalid date."));
    }

    /// <summary>Comma- or bracket-list values (<c>status=a,b</c>, <c>status[]=a&amp;status[]=b</c>).</summary>
    public static IReadOnlyList<string> List(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. request.Query[name].Concat(request.Query[name + "[]"])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    /// <summary>A list of ids (<c>include=1,2</c>); a non-integer is a 400 <c>rest_invalid_param</c>.</summary>
    public static IReadOnlySet<int> Ids(HttpRequest request, string name) =>
        List(request, name).Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new WooRequestException(WooError.InvalidParam(name, $"{name}[0] is not of type integer."))).ToHashSet();

    /// <summary>Whether the list is ascending (<c>order=asc</c>); WordPress's default is descending.</summary>
    public static bool Ascending(HttpRequest request) =>
        string.Equals(request is null ? null : Value(request, "order"), "asc", StringComparison.OrdinalIgnoreCase);
}
