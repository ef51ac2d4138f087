using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>Paging by <c>pageSize</c> (1..100, default 50) and <c>page</c> (from 1); a page past the end is empty.</summary>
public static class Paging
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The request's page and page size, or a 400.</summary>
    public static (int Page, int PageSize) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Number(request, "page", 1);
        var size = Number(request, "pageSize", 50);
        if (page < 1) throw new ParcelninjaRequestException(400, "page must be 1 or more.");
        if (size is < 1 or > MaxPageSize) throw new ParcelninjaRequestException(400, $"pageSize must be between 1 and {MaxPageSize}.");
        return (page, size);
    }

    /// <summary>One page: <c>{name: [...], page, pageSize, totalRecords, totalPages}</c>.</summary>
    public static JsonObject Page<T>(string name, IReadOnlyList<T> all, int page, int pageSize, Func<T, JsonObject> map) => new()
    {
        [name] = new JsonArray([.. all.Skip((page - 1) * pageSize).Take(pageSize).Select(x => (JsonNode)map(x))]),
        ["page"] = page,
        ["pageSize"] = pageSize,
        ["totalRecords"] = all.Count,
        ["totalPages"] = (all.Count + pageSize - 1) / pageSize,
    };

    private static int Number(HttpRequest request, string name, int fallback)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new ParcelninjaRequestException(400, $"{name} '{text}' is not a whole number.");
    }
}
