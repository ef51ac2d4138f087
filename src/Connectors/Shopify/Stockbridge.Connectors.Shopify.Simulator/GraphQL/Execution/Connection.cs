using System.Text;
using GraphQL;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

/// <summary>Relay-style cursor pagination as Shopify does it: first/after or last/before, at most 250 per page.</summary>
public static class Connection
{
    /// <summary>The largest page Shopify serves.</summary>
    public const int MaxPageSize = 250;

    /// <summary>Pages <paramref name="items"/> (already filtered and sorted) by the field's arguments.</summary>
    public static GraphObject Page(IEnumerable<GraphObject> items, IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is null && last is null)
            throw new ExecutionError("you must provide one of first or last") { Code = "BAD_REQUEST" };
        var size = first ?? last!.Value;
        if (size > MaxPageSize || size < 0)
            throw new ExecutionError($"The page size must be between 0 and {MaxPageSize}.") { Code = "BAD_REQUEST" };
        var all = items.ToList();
        var start = 0;
        var end = all.Count;
        if (context.GetArgument<string?>("after") is { } after) start = IndexAfter(all, after);
        if (context.GetArgument<string?>("before") is { } before) end = Math.Max(start, IndexOf(all, before));
        var page = first is not null
            ? all.Skip(start).Take(Math.Min(size, end - start)).ToList()
            : all.Skip(Math.Max(start, end - size)).Take(Math.Min(size, end - start)).ToList();
        var firstIndex = page.Count == 0 ? start : all.IndexOf(page[0]);
        var edges = page.Select(n => (object)new GraphObject { ["cursor"] = CursorOf(n), ["node"] = n }).ToList();
        return new GraphObject
        {
            ["edges"] = edges,
            ["nodes"] = page,
            ["pageInfo"] = new GraphObject
            {
                ["hasNextPage"] = firstIndex + page.Count < end,
                ["hasPreviousPage"] = firstIndex > 0,
                ["startCursor"] = page.Count == 0 ? null : CursorOf(page[0]),
                ["endCursor"] = page.Count == 0 ? null : CursorOf(page[^1]),
            },
        };
    }

    /// <summary>The opaque cursor of a node: base64 of its id.</summary>
    public static string CursorOf(GraphObject node) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"last_id\":\"" + node["id"] + "\"}"));

    private static int IndexAfter(List<GraphObject> all, string cursor)
    {
        var index = IndexOf(all, cursor);
        return index < 0 ? all.Count : index + 1;
    }

    private static int IndexOf(List<GraphObject> all, string cursor)
    {
        var index = all.FindIndex(n => CursorOf(n) == cursor);
        if (index < 0 && !IsCursor(cursor))
            throw new ExecutionError($"Invalid cursor for current pagination sort.") { Code = "BAD_REQUEST" };
        return index;
    }

    private static bool IsCursor(string cursor)
    {
        Span<byte> buffer = stackalloc byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, buffer, out _);
    }
}
