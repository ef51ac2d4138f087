using System.Globalization;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Builds Magento's <c>searchCriteria</c> query: each <see cref="Where"/> is its own filter group (groups are AND),
/// sort orders, <c>pageSize</c> and <c>currentPage</c> (1-based).
/// </summary>
public sealed class SearchQuery
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private int _groups;
    private int _sorts;

    /// <summary>A filter group with one filter.</summary>
    public SearchQuery Where(string field, string value, string condition = "eq")
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"searchCriteria[filter_groups][{_groups++}][filters][0]");
        _pairs.Add(new(prefix + "[field]", field));
        _pairs.Add(new(prefix + "[value]", value));
        _pairs.Add(new(prefix + "[condition_type]", condition));
        return this;
    }

    /// <summary>A sort order.</summary>
    public SearchQuery OrderBy(string field, string direction = "ASC")
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"searchCriteria[sortOrders][{_sorts++}]");
        _pairs.Add(new(prefix + "[field]", field));
        _pairs.Add(new(prefix + "[direction]", direction));
        return this;
    }

    /// <summary>The query for one page.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Page(int page, int pageSize) =>
        [.. _pairs, new("searchCriteria[pageSize]", pageSize.ToString(CultureInfo.InvariantCulture)), new("searchCriteria[currentPage]", page.ToString(CultureInfo.InvariantCulture))];
}
