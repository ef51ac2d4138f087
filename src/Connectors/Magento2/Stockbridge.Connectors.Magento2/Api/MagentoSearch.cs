using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Reads every page of a search. Magento answers a page past the end with the last page again, so paging stops when
/// <c>page × pageSize ≥ total_count</c>, never on an empty page.
/// </summary>
public static class MagentoSearch
{
    /// <summary>The items of every page, in Magento's order.</summary>
    public static async IAsyncEnumerable<JsonObject> AllAsync(this MagentoRestClient api, string route, SearchQuery query, int pageSize,
        [EnumeratorCancellation] CancellationToken ct, string? storeCode = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(query);
        for (var page = 1; ; page++)
        {
            var answer = await api.GetAsync(route, query.Page(page, pageSize), ct, storeCode) as JsonObject
                ?? throw new Errors.PermanentConnectorException($"GET {route}: Magento answered no search result");
            var items = answer["items"] as JsonArray ?? [];
            foreach (var item in items.OfType<JsonObject>()) yield return item;
            var total = answer["total_count"]?.GetValue<int>() ?? 0;
            if (items.Count == 0 || (long)page * pageSize >= total) yield break;
        }
    }
}
