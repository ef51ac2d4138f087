using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>A search result as Magento answers one: <c>{items, search_criteria, total_count}</c>.</summary>
public static class SearchAnswer
{
    /// <summary>Parses the call's <c>searchCriteria</c>, applies it to <paramref name="items"/> and writes the answer.</summary>
    public static JsonObject For(MagentoShop shop, RestCall call, IEnumerable<JsonObject> items) =>
        For(shop, call, SearchCriteria.Parse(call?.Query ?? throw new ArgumentNullException(nameof(call)), shop?.MaxPageSize), items);

    /// <summary>Applies parsed criteria to <paramref name="items"/> and writes the answer.</summary>
    public static JsonObject For(MagentoShop shop, RestCall call, SearchCriteria criteria, IEnumerable<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(criteria);
        var result = criteria.Apply(items);
        return new JsonObject
        {
            ["items"] = new JsonArray([.. result.Items]),
            ["search_criteria"] = criteria.Echo(),
            ["total_count"] = result.TotalCount,
        };
    }
}
