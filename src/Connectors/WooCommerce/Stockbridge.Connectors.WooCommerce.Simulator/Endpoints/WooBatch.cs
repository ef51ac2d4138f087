using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary>
/// A products or variations batch: <c>{create, update, delete}</c>, at most the batch limit of items across all three
/// (else 413 <c>woocommerce_rest_request_entity_too_large</c>); each item is done on its own, a failed one answered in place
/// as <c>{id, error:{code, message, data:{status}}}</c> (id 0 for a failed create) while the others are applied.
/// </summary>
public static class WooBatch
{
    /// <summary>Runs the batch for products (<paramref name="parentId"/> null) or a product's variations.</summary>
    public static JsonObject Run(WooCommerceShop shop, JsonObject body, int? parentId)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(body);
        var create = Items(body, "create");
        var update = Items(body, "update");
        var delete = Items(body, "delete");
        if (create.Count + update.Count + delete.Count > shop.Options.BatchLimit)
            throw new WooRequestException(WooError.TooManyBatchItems(shop.Options.BatchLimit));

        var answer = new JsonObject();
        var events = new List<(string Topic, JsonObject Body)>();
        shop.Change(s =>
        {
            if (body.ContainsKey("create")) answer["create"] = new JsonArray([.. create.Select(item => Each(0, () =>
            {
                if (item is not JsonObject fields) throw new WooRequestException(WooError.InvalidParam("create", "Each item must be an object."));
                var json = WooPayloads.Product(WooCatalog.Create(s, fields, parentId is { } pid ? ProductEndpoints.Find(s, pid) : null), s);
                if (parentId is null) events.Add(("product.created", json));
                return json;
            }))]);
            if (body.ContainsKey("update")) answer["update"] = new JsonArray([.. update.Select(item =>
            {
                var id = item?["id"] is { } n && n.GetValueKind() == JsonValueKind.Number ? n.GetValue<int>() : 0;
                return Each(id, () =>
                {
                    var product = Find(s, parentId, id);
                    WooCatalog.Update(s, product, (JsonObject)item!);
                    var json = WooPayloads.Product(product, s);
                    if (parentId is null) events.Add(("product.updated", json));
                    return json;
                });
            })]);
            if (body.ContainsKey("delete")) answer["delete"] = new JsonArray([.. delete.Select(item =>
            {
                var id = item is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<int>()
                    : item is JsonValue t && int.TryParse(t.ToString(), out var parsed) ? parsed : 0;
                return Each(id, () =>
                {
                    var product = Find(s, parentId, id);
                    var json = WooPayloads.Product(product, s);
                    WooCatalog.Delete(s, product);
                    if (parentId is null) events.Add(("product.deleted", new JsonObject { ["id"] = id }));
                    return json;
                });
            })]);
            return 0;
        });
        foreach (var (topic, json) in events) shop.Webhooks.Publish(topic, json);
        return answer;
    }

    private static WooProduct Find(WooStore store, int? parentId, int id) =>
        parentId is { } pid ? VariationEndpoints.Find(store, pid, id) : ProductEndpoints.Find(store, id);

    private static JsonNode Each(int id, Func<JsonObject> work)
    {
        try
        {
            return work();
        }
        catch (WooRequestException e)
        {
            return new JsonObject { ["id"] = id, ["error"] = e.Error.ToJson() };
        }
    }

    private static List<JsonNode?> Items(JsonObject body, string name) => body[name] switch
    {
        null => [],
        JsonArray array => [.. array],
        _ => throw new WooRequestException(WooError.InvalidParam(name, $"{name} is not of type array.")),
    };
}
