using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary><c>products</c>, <c>products/{id}</c> and <c>products/batch</c>.</summary>
public static class ProductEndpoints
{
    /// <summary>Maps the routes on the <c>wc/v3</c> group.</summary>
    public static void Map(IEndpointRouteBuilder api, WooCommerceShop shop)
    {
        api.MapGet("/products", (HttpContext http) => List(http, shop));
        api.MapPost("/products", async (HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var json = shop.Change(s => WooPayloads.Product(WooCatalog.Create(s, body), s));
            shop.Webhooks.Publish("product.created", json);
            return Results.Json(json, statusCode: StatusCodes.Status201Created);
        });
        api.MapGet("/products/{id:int}", (int id) => Results.Json(shop.Read(s => WooPayloads.Product(Find(s, id), s))));
        api.MapMethods("/products/{id:int}", ["PUT", "PATCH"], async (int id, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var json = shop.Change(s =>
            {
                var product = Find(s, id);
                WooCatalog.Update(s, product, body);
                return WooPayloads.Product(product, s);
            });
            shop.Webhooks.Publish("product.updated", json);
            return Results.Json(json);
        });
        api.MapDelete("/products/{id:int}", (int id) =>
        {
            var json = shop.Change(s =>
            {
                var product = Find(s, id);
                var payload = WooPayloads.Product(product, s);
                WooCatalog.Delete(s, product);
                return payload;
            });
            shop.Webhooks.Publish("product.deleted", new JsonObject { ["id"] = id });
            return Results.Json(json);
        });
        api.MapPost("/products/batch", async (HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            return Results.Json(WooBatch.Run(shop, body, null));
        });
    }

    /// <summary>The product (not a variation) with this id, or a 404 <c>woocommerce_rest_product_invalid_id</c>.</summary>
    public static WooProduct Find(WooStore store, int id) =>
        store.Products.TryGetValue(id, out var p) && p.ParentId == 0 ? p : throw new WooRequestException(WooError.InvalidProductId);

    private static IResult List(HttpContext http, WooCommerceShop shop)
    {
        var request = http.Request;
        var skus = WooQuery.List(request, "sku");
        var statuses = WooQuery.List(request, "status").Where(s => s != "any").ToList();
        var type = WooQuery.Value(request, "type");
        var stockStatus = WooQuery.Value(request, "stock_status");
        var search = WooQuery.Value(request, "search");
        var include = WooQuery.Ids(request, "include");
        var modifiedAfter = WooQuery.Date(request, "modified_after");
        var modifiedBefore = WooQuery.Date(request, "modified_before");
        var items = shop.Read(s =>
        {
            // A sku filter also finds variations, as WooCommerce's products endpoint does.
            var query = skus.Count > 0 ? s.Products.Values.Where(p => skus.Contains(p.Sku, StringComparer.Ordinal)) : s.TopLevelProducts;
            query = query.Where(p =>
                (statuses.Count == 0 || statuses.Contains(p.Status)) &&
                (type.Length == 0 || p.Type == type) &&
                (stockStatus.Length == 0 || p.StockStatus == stockStatus) &&
                (search.Length == 0 || p.Name.Contains(search, StringComparison.OrdinalIgnoreCase)) &&
                (include.Count == 0 || include.Contains(p.Id)) &&
                (modifiedAfter is null || p.DateModified > modifiedAfter) &&
                (modifiedBefore is null || p.DateModified < modifiedBefore));
            query = WooSorting.Apply(request, query, p => p.Id, p => p.DateCreated, p => p.DateModified, p => p.Name);
            return (IReadOnlyList<JsonObject>)[.. query.Select(p => WooPayloads.Product(p, s))];
        });
        return WooPaging.Page(http, items);
    }
}
