using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using static Stockbridge.Connectors.Parcelninja.Simulator.Wire.RequestFields;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>
/// <c>/inventory</c>: the list (paged, <c>search</c> on SKU and name), one SKU (<c>{items:[…]}</c>), the subset of a SKU
/// list (a GET with a JSON body, as Parcelninja's API has it) and reserving stock.
/// </summary>
public static class InventoryEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder api, Warehouse warehouse)
    {
        api.MapGet("/inventory", (HttpRequest request) =>
        {
            var (page, pageSize) = Paging.Read(request);
            var search = request.Query["search"].ToString();
            return warehouse.Read(w => Results.Json(Paging.Page("items", Matching(w, search), page, pageSize, InventoryJson.Item)));
        });
        api.MapGet("/inventory/subset", async (HttpRequest request) =>
        {
            var (page, pageSize) = Paging.Read(request);
            var body = request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0 ? await BodyAsync(request) : new JsonObject();
            var skus = Objects(body, "skuList").Select(s => Text(s, "itemNo")).Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return warehouse.Read(w => Results.Json(Paging.Page("items",
                [.. w.Inventory.Values.Where(i => skus.Count == 0 || skus.Contains(i.ItemNo)).OrderBy(i => i.ItemNo, StringComparer.Ordinal)],
                page, pageSize, InventoryJson.Item)));
        });
        api.MapGet("/inventory/{sku}", (string sku) => warehouse.Read(w => w.Inventory.TryGetValue(sku, out var item)
            ? Results.Json(new JsonObject { ["items"] = new JsonArray(InventoryJson.Item(item)) })
            : throw new ParcelninjaRequestException(404, $"Item '{sku}' does not exist.")));
        api.MapPost("/inventory/reserve", async (HttpRequest request) =>
        {
            var body = await BodyAsync(request);
            var item = warehouse.Reserve(Text(body, "itemNo"), Int(body, "qty"), Int(body, "action"));
            return Results.Json(InventoryJson.Item(item));
        });
    }

    private static List<InventoryItem> Matching(Warehouse w, string search) =>
        [.. w.Inventory.Values
            .Where(i => search.Length == 0 || i.ItemNo.Contains(search, StringComparison.OrdinalIgnoreCase) || i.ItemName.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.ItemNo, StringComparer.Ordinal)];
}
