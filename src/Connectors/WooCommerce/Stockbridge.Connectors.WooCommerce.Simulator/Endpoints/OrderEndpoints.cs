using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary><c>orders</c> (list with <c>modified_after</c>, <c>after</c>, <c>status</c>), <c>orders/{id}</c> (GET, PUT status and meta_data) and <c>orders/{id}/notes</c>.</summary>
public static class OrderEndpoints
{
    private static readonly HashSet<string> Statuses = ["pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed", "trash", "checkout-draft"];

    /// <summary>Maps the routes on the <c>wc/v3</c> group.</summary>
    public static void Map(IEndpointRouteBuilder api, WooCommerceShop shop)
    {
        api.MapGet("/orders", (HttpContext http) =>
        {
            var request = http.Request;
            var statuses = WooQuery.List(request, "status").Where(s => s != "any").ToList();
            var modifiedAfter = WooQuery.Date(request, "modified_after");
            var modifiedBefore = WooQuery.Date(request, "modified_before");
            var after = WooQuery.Date(request, "after");
            var before = WooQuery.Date(request, "before");
            var include = WooQuery.Ids(request, "include");
            var items = shop.Read(s =>
            {
                var query = s.Orders.Values.Where(o =>
                    (statuses.Count == 0 || statuses.Contains(o.Status)) &&
                    (include.Count == 0 || include.Contains(o.Id)) &&
                    (modifiedAfter is null || o.DateModified > modifiedAfter) &&
                    (modifiedBefore is null || o.DateModified < modifiedBefore) &&
                    (after is null || o.DateCreated > after) &&
                    (before is null || o.DateCreated < before));
                query = WooSorting.Apply(request, query, o => o.Id, o => o.DateCreated, o => o.DateModified);
                return (IReadOnlyList<JsonObject>)[.. query.Select(WooPayloads.Order)];
            });
            return WooPaging.Page(http, items);
        });
        api.MapGet("/orders/{id:int}", (int id) => Results.Json(shop.Read(s => WooPayloads.Order(Find(s, id)))));
        api.MapMethods("/orders/{id:int}", ["PUT", "PATCH"], async (int id, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var json = shop.Change(s =>
            {
                var order = Find(s, id);
                var status = body["status"]?.GetValueKind() == JsonValueKind.String ? body["status"]!.GetValue<string>() : null;
                if (status is not null && !Statuses.Contains(status))
                    throw new WooRequestException(WooError.InvalidParam("status", "status is not one of " + string.Join(", ", Statuses)));
                if (status is not null) order.Status = status;
                if (body["meta_data"] is JsonArray meta) WooCatalog.MergeMeta(s, order.MetaData, meta);
                if (body["customer_note"]?.GetValueKind() == JsonValueKind.String)
                    order.Notes.Add(new WooOrderNote(s.NextItemId(), body["customer_note"]!.GetValue<string>(), true, s.Now()));
                order.DateModified = s.Now();
                return WooPayloads.Order(order);
            });
            shop.Webhooks.Publish("order.updated", json);
            return Results.Json(json);
        });
        api.MapGet("/orders/{id:int}/notes", (int id) => Results.Json(shop.Read(s =>
            new JsonArray([.. Find(s, id).Notes.OrderByDescending(n => n.Id).Select(n => (JsonNode)WooPayloads.Note(n))]))));
        api.MapPost("/orders/{id:int}/notes", async (int id, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var text = body["note"]?.GetValueKind() == JsonValueKind.String ? body["note"]!.GetValue<string>() : "";
            if (text.Length == 0) throw new WooRequestException(new WooError(400, "rest_missing_callback_param", "Missing parameter(s): note"));
            var customer = body["customer_note"]?.GetValueKind() == JsonValueKind.True;
            var json = shop.Change(s =>
            {
                var note = new WooOrderNote(s.NextItemId(), text, customer, s.Now());
                Find(s, id).Notes.Add(note);
                return WooPayloads.Note(note);
            });
            return Results.Json(json, statusCode: StatusCodes.Status201Created);
        });
    }

    /// <summary>The order with this id, or a 404 <c>woocommerce_rest_shop_order_invalid_id</c>.</summary>
    public static WooOrder Find(WooStore store, int id) =>
        store.Orders.TryGetValue(id, out var o) ? o : throw new WooRequestException(WooError.InvalidOrderId);
}
