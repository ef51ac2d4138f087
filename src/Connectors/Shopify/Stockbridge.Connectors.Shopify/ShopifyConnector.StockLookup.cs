using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Stock;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Finding inventory items by SKU, and re-reading quantities after a compare-and-swap conflict.</summary>
public sealed partial class ShopifyConnector
{
    private const string VariantsBySku =
        "query StockbridgeVariants($q: String!, $n: Int!) { productVariants(first: $n, query: $q) { nodes { sku inventoryItem { id } } } }";
    private const string LevelsOfItems =
        "query StockbridgeLevels($q: String!, $n: Int!) { productVariants(first: $n, query: $q) { nodes { sku inventoryItem { id inventoryLevels(first: 10) { nodes { location { id } quantities(names: [\"available\"]) { quantity } } } } } } }";

    private async Task<Dictionary<string, string>> InventoryItemsAsync(IReadOnlyList<StockPush> batch, CancellationToken ct)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var push in batch)
        {
            if (push.Link?.Ids.GetValueOrDefault($"inventory_item:{push.Sku}") is { } known) items[push.Sku] = known;
        }
        var unknown = batch.Select(b => b.Sku).Where(s => !items.ContainsKey(s)).Distinct().ToList();
        foreach (var chunk in unknown.Chunk(50))
        {
            var data = await QueryAsync(VariantsBySku, new { q = SkuQuery(chunk), n = chunk.Length }, 2 + chunk.Length * 2, ct);
            foreach (var v in data.Nodes("productVariants"))
            {
                if (v.Str("sku") is { } sku && v.Prop("inventoryItem")?.Str("id") is { } id) items.TryAdd(sku, id);
            }
        }
        return items;
    }

    private async Task<IReadOnlyList<StockConflict>> ConflictsAsync((StockPush Push, string Item, string Location)[] chunk, List<JsonElement> errors, CancellationToken ct)
    {
        var stale = errors.Where(e => e.Str("code") is "CHANGE_FROM_QUANTITY_STALE" or "COMPARE_QUANTITY_STALE")
            .Select(e => e.Arr("field").Select(f => f.ToString()).ToList())
            .Select(f => f.Count > 2 && int.TryParse(f[2], out var i) ? i : -1).Where(i => i >= 0).Select(i => chunk[i]).ToList();
        var current = await QuantitiesAsync(stale.Select(s => s.Push.Sku).Distinct().ToList(), ct);
        return stale.Select(s => new StockConflict(s.Push.Sku, s.Location, s.Push.ExpectedCurrent,
            current.GetValueOrDefault((s.Push.Sku, s.Location)))).ToList();
    }

    /// <summary>Available quantity by (SKU, location GID).</summary>
    private async Task<Dictionary<(string Sku, string Location), decimal>> QuantitiesAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        var result = new Dictionary<(string, string), decimal>();
        foreach (var chunk in skus.Chunk(20))
        {
            var data = await QueryAsync(LevelsOfItems, new { q = SkuQuery(chunk), n = chunk.Length }, 2 + chunk.Length * 35, ct);
            foreach (var v in data.Nodes("productVariants"))
            {
                foreach (var level in v.Prop("inventoryItem")?.Nodes("inventoryLevels") ?? [])
                    result[(v.Str("sku")!, level.Prop("location")!.Value.Str("id")!)] = level.Arr("quantities").Sum(q => q.Dec("quantity") ?? 0);
            }
        }
        return result;
    }

    private static string SkuQuery(IEnumerable<string> skus) =>
        string.Join(" OR ", skus.Select(s => $"sku:\"{s.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
}
