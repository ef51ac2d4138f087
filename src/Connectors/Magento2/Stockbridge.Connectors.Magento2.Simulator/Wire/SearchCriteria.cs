using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>
/// Magento's <c>searchCriteria</c> query: filters inside one group are OR, groups are AND; condition types eq, neq, gt,
/// gteq, lt, lteq, from/to, in/nin, like/nlike, null/notnull, finset/nfinset, moreq; sort orders; <c>pageSize</c> and
/// <c>currentPage</c> (1-based), where a page past the end answers the last page again.
/// </summary>
public sealed partial class SearchCriteria
{
    /// <summary>The filter groups.</summary>
    public List<List<SearchFilter>> FilterGroups { get; } = [];
    /// <summary>The sort orders.</summary>
    public List<SearchSort> SortOrders { get; } = [];
    /// <summary>The page size, or null for all.</summary>
    public int? PageSize { get; private set; }
    /// <summary>The page, 1-based.</summary>
    public int? CurrentPage { get; private set; }

    /// <summary>Parses the query (snake_case or camelCase names, as Magento's web API accepts both).</summary>
    public static SearchCriteria Parse(IQueryCollection query, int? maxPageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        var criteria = new SearchCriteria();
        var groups = new SortedDictionary<int, SortedDictionary<int, Dictionary<string, string>>>();
        var sorts = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, values) in query)
        {
            var value = values.ToString();
            if (FilterKey().Match(key) is { Success: true } f)
            {
                var g = groups.TryGetValue(Int(f.Groups[1].Value), out var found) ? found : groups[Int(f.Groups[1].Value)] = [];
                var filter = g.TryGetValue(Int(f.Groups[2].Value), out var fields) ? fields : g[Int(f.Groups[2].Value)] = new(StringComparer.Ordinal);
                filter[Snake(f.Groups[3].Value)] = value;
            }
            else if (SortOrderKey().Match(key) is { Success: true } s)
            {
                var sort = sorts.TryGetValue(Int(s.Groups[1].Value), out var found) ? found : sorts[Int(s.Groups[1].Value)] = new(StringComparer.Ordinal);
                sort[s.Groups[2].Value] = value;
            }
            else if (key is "searchCriteria[pageSize]" or "searchCriteria[page_size]") criteria.PageSize = Positive(value, "pageSize");
            else if (key is "searchCriteria[currentPage]" or "searchCriteria[current_page]") criteria.CurrentPage = Positive(value, "currentPage");
        }
        foreach (var group in groups.Values)
            criteria.FilterGroups.Add([.. group.Values.Select(f => new SearchFilter(
                f.GetValueOrDefault("field") ?? throw MagentoError.Required("field"), f.GetValueOrDefault("value") ?? "", f.GetValueOrDefault("condition_type") is { Length: > 0 } c ? c : "eq"))]);
        foreach (var sort in sorts.Values)
            criteria.SortOrders.Add(new SearchSort(sort.GetValueOrDefault("field") ?? throw MagentoError.Required("field"), (sort.GetValueOrDefault("direction") ?? "ASC").ToUpperInvariant()));
        if (maxPageSize is { } max && criteria.PageSize > max)
            throw new MagentoError(400, "Maximum SearchCriteria pageSize is %max", new JsonObject { ["max"] = max });
        return criteria;
    }

    /// <summary>Filters, sorts and pages <paramref name="items"/> (their JSON, top-level fields).</summary>
    public SearchResult Apply(IEnumerable<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var matching = items.Where(i => FilterGroups.All(g => g.Any(f => Matches(i[f.Field], f)))).ToList();
        IOrderedEnumerable<JsonObject>? sorted = null;
        foreach (var sort in SortOrders)
        {
            Func<JsonObject, (int, decimal, string)> key = i => SortKey(i[sort.Field]);
            var descending = sort.Direction == "DESC";
            sorted = sorted is null
                ? descending ? matching.OrderByDescending(key) : matching.OrderBy(key)
                : descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key);
        }
        var all = (sorted ?? (IEnumerable<JsonObject>)matching).ToList();
        if (PageSize is not { } size) return new SearchResult(all, all.Count);
        var lastPage = Math.Max(1, (all.Count + size - 1) / size);
        var page = Math.Min(CurrentPage ?? 1, lastPage);
        return new SearchResult([.. all.Skip((page - 1) * size).Take(size)], all.Count);
    }

    /// <summary>
    /// The values a filter group made only of <c>eq</c>/<c>in</c> filters on <paramref name="field"/> allows (so a caller can
    /// narrow what it lists before <see cref="Apply"/>); null when no group limits the field so.
    /// </summary>
    public IReadOnlySet<string>? Narrow(string field)
    {
        foreach (var group in FilterGroups)
            if (group.Count > 0 && group.All(f => f.Field == field && f.ConditionType is "eq" or "in"))
                return group.SelectMany(f => f.ConditionType == "in" ? f.Value.Split(',', StringSplitOptions.TrimEntries) : [f.Value]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return null;
    }

    /// <summary>The <c>search_criteria</c> echoed in the answer.</summary>
    public JsonObject Echo()
    {
        var echo = new JsonObject
        {
            ["filter_groups"] = new JsonArray([.. FilterGroups.Select(g => (JsonNode)new JsonObject
            {
                ["filters"] = new JsonArray([.. g.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["value"] = f.Value, ["condition_type"] = f.ConditionType })]),
            })]),
        };
        if (SortOrders.Count > 0) echo["sort_orders"] = new JsonArray([.. SortOrders.Select(s => (JsonNode)new JsonObject { ["field"] = s.Field, ["direction"] = s.Direction })]);
        if (PageSize is { } size) echo["page_size"] = size;
        if (CurrentPage is { } page) echo["current_page"] = page;
        return echo;
    }

    private static bool Matches(JsonNode? node, SearchFilter f)
    {
        var text = node is null ? null : node is JsonValue ? node.ToString() : node.ToJsonString();
        var list = f.Value.Split(',', StringSplitOptions.TrimEntries);
        return f.ConditionType switch
        {
            "eq" => text is not null && Compare(text, f.Value) == 0,
            "neq" => text is null || Compare(text, f.Value) != 0,
            "gt" => text is not null && Compare(text, f.Value) > 0,
            "gteq" or "from" or "moreq" => text is not null && Compare(text, f.Value) >= 0,
            "lt" => text is not null && Compare(text, f.Value) < 0,
            "lteq" or "to" => text is not null && Compare(text, f.Value) <= 0,
            "in" => text is not null && list.Any(v => Compare(text, v) == 0),
            "nin" => text is null || !list.Any(v => Compare(text, v) == 0),
            "like" => text is not null && Like(f.Value).IsMatch(text),
            "nlike" => text is null || !Like(f.Value).IsMatch(text),
            "null" => text is null,
            "notnull" => text is not null,
            "finset" => text is not null && text.Split(',').Contains(f.Value, StringComparer.Ordinal),
            "nfinset" => text is null || !text.Split(',').Contains(f.Value, StringComparer.Ordinal),
            _ => throw new MagentoError(400, "Invalid condition type: %1", new JsonArray(f.ConditionType)),
        };
    }

    private static int Compare(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.Compare(a, b, StringComparison.OrdinalIgnoreCase);

    private static (int, decimal, string) SortKey(JsonNode? node)
    {
        var text = node?.ToString() ?? "";
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (0, n, "") : (1, 0, text);
    }

    private static Regex Like(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new MagentoError(400, "\"%1\" must be a positive whole number.", new JsonArray(name));

    private static string Snake(string name) => name == "conditionType" ? "condition_type" : name;

    [GeneratedRegex(@"^searchCriteria\[(?:filter_groups|filterGroups)\]\[(\d{1,4})\]\[filters\]\[(\d{1,4})\]\[(field|value|condition_type|conditionType)\]$")]
    private static partial Regex FilterKey();

    [GeneratedRegex(@"^searchCriteria\[(?:sort_orders|sortOrders)\]\[(\d{1,4})\]\[(field|direction)\]$")]
    private static partial Regex SortOrderKey();
}
