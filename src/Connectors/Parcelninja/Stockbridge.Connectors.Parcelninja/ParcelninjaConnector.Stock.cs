using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Stock;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.Parcelninja;

public sealed partial class ParcelninjaConnector
{
    /// <summary>
    /// Parcelninja's stock: of these SKUs (<c>GET /inventory/subset</c> with the SKU list as its body), or of every item
    /// (<c>GET /inventory</c> page by page) when <paramref name="skus"/> is null or empty.
    /// </summary>
    public async Task<IReadOnlyList<WarehouseStock>> ReadStockAsync(IReadOnlyCollection<string>? skus, CancellationToken cancellationToken)
    {
        var stock = new List<WarehouseStock>();
        var list = skus?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        JsonNode? body = list.Count == 0 ? null
            : new JsonObject { ["skuList"] = new JsonArray([.. list.Select(s => (JsonNode)new JsonObject { ["itemNo"] = s })]) };
        var path = list.Count == 0 ? "inventory/" : "inventory/subset";
        for (var page = 1; page <= MaxPages; page++)
        {
            var answer = await api.GetAsync(string.Create(CultureInfo.InvariantCulture, $"{path}?pageSize={PageSize}&page={page}"), cancellationToken, body: body);
            var items = answer?.Body is { } json ? json.Arr("items").ToList() : [];
            stock.AddRange(items.Select(Read));
            if (items.Count < PageSize) break;
        }
        return stock;
    }

    private static WarehouseStock Read(JsonElement item)
    {
        var sku = item.Str("itemNo") ?? throw new Errors.PermanentConnectorException("Parcelninja's inventory has an item without itemNo.");
        var inStock = item.Int("inStock") ?? 0;
        return new WarehouseStock(sku, item.Str("name") ?? item.Str("itemName") ?? sku, inStock, item.Int("allocated") ?? 0, item.Int("reserved") ?? 0,
            item.Int("unallocated") ?? inStock);
    }
}
