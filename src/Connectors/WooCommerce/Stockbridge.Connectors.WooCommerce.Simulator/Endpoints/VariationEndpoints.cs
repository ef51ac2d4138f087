using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary><c>products/{pid}/variations</c>, <c>…/{id}</c> and <c>…/batch</c>.</summary>
public static class VariationEndpoints
{
    /// <summary>An unknown variation id.</summary>
    public static WooError InvalidVariationId { get; } = new(404, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.");

    /// <summary>Maps the routes on the <c>wc/v3</c> group.</summary>
    public static void Map(IEndpointRouteBuilder api, WooCommerceShop shop)
    {
        api.MapGet("/products/{pid:int}/variations", (int pid, HttpContext http) =>
        {
            var ascending = WooQuery.Ascending(http.Request);
            var sku = WooQuery.List(http.Request, "sku");
            var items = shop.Read(s =>
            {
                var parent = ProductEndpoints.Find(s, pid);
                var query = parent.VariationIds.Select(id => s.Products[id]).Where(v => sku.Count == 0 || sku.Contains(v.Sku, StringComparer.Ordinal));
                query = ascending ? query.OrderBy(v => v.Id) : query.OrderByDescending(v => v.Id);
                return (IReadOnlyList<JsonObject>)[.. query.Select(v => WooPayloads.Product(v, s))];
            });
            return WooPaging.Page(http, items);
        });
        api.MapPost("/products/{pid:int}/variations", async (int pid, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var json = shop.Change(s => WooPayloads.Product(WooCatalog.Create(s, body, ProductEndpoints.Find(s, pid)), s));
            return Results.Json(json, statusCode: StatusCodes.Status201Created);
        });
        api.MapGet("/products/{pid:int}/variations/{id:int}", (int pid, int id) =>
            Results.Json(shop.Read(s => WooPayloads.Product(Find(s, pid, id), s))));
        api.MapMethods("/products/{pid:int}/variations/{id:int}", ["PUT", "PATCH"], async (int pid, int id, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            return Results.Json(shop.Change(s =>
            {
                var variation = Find(s, pid, id);
                WooCatalog.Update(s, variation, body);
                return WooPayloads.Product(variation, s);
            }));
        });
        api.MapDelete("/products/{pid:int}/variations/{id:int}", (int pid, int id) => Results.Json(shop.Change(s =>
        {
            var variation = Find(s, pid, id);
            var payload = WooPayloads.Product(variation, s);
            WooCatalog.Delete(s, variation);
            return payload;
        })));
        api.MapPost("/products/{pid:int}/variations/batch", async (int pid, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            shop.Read(s => ProductEndpoints.Find(s, pid));
            return Results.Json(WooBatch.Run(shop, body, pid));
        });
    }

    /// <summary>The variation <paramref name="id"/> of product <paramref name="pid"/>, or a 404.</summary>
    public static WooProduct Find(WooStore store, int pid, int id)
    {
        ProductEndpoints.Find(store, pid);
        return store.Products.TryGetValue(id, out var v) && v.ParentId == pid ? v : throw new WooRequestException(InvalidVariationId);
    }
}
