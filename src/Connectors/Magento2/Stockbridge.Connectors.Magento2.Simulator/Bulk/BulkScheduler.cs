using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.Routing;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;
using BulkState = Stockbridge.Connectors.Magento2.Simulator.State.Bulk;

namespace Stockbridge.Connectors.Magento2.Simulator.Bulk;

/// <summary>
/// <c>async/V1</c> and <c>async/bulk/V1</c>: each body becomes an open operation of a new bulk (route parameters of bulk
/// routes are <c>by&lt;Param&gt;</c>, read from each body), answered with <c>{bulk_uuid, request_items, errors}</c>. A body
/// the route cannot take is a rejected request item. Nothing runs until the consumer does.
/// </summary>
public static class BulkScheduler
{
    /// <summary>Schedules the call, or returns null when its route has no asynchronous form here.</summary>
    public static JsonObject? Schedule(MagentoShop shop, RestCall c)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(c);
        var (topic, routeSku, skuOf) = Route(c);
        if (topic is null) return null;
        List<JsonNode?> bodies = c.Mode == RestMode.Bulk
            ? c.Body as JsonArray is { } array ? [.. array] : throw new MagentoError(400, "The request body must be a JSON array of request bodies.")
            : [c.Body];
        if (bodies.Count == 0) throw new MagentoError(400, "Input data is empty");
        InventoryOperations.CheckLimit(bodies.Count, shop.AsyncLimit);
        var requestItems = new JsonArray();
        var operations = new List<BulkOperation>();
        var rejected = false;
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i] as JsonObject;
            var sku = routeSku ?? (body is null ? null : skuOf(body));
            var ok = body is not null && sku is not (null or "") || body is not null && skuOf == NoSku;
            rejected |= !ok;
            operations.Add(new BulkOperation
            {
                Id = i, Topic = topic, StoreCode = c.StoreCode, Sku = sku, Body = body?.DeepClone() ?? new JsonObject(),
                Status = ok ? 4 : 5, ResultMessage = ok ? null : "The request item could not be read: the body is not an object or names no SKU.",
            });
            requestItems.Add(new JsonObject { ["id"] = i, ["data_hash"] = Hash(bodies[i]), ["status"] = ok ? "accepted" : "rejected" });
        }
        var bulk = new BulkState { Uuid = Guid.NewGuid().ToString(), Description = "Topic " + topic, StartTime = shop.Store.Now(), Operations = operations };
        shop.Store.Read(s => s.Bulks[bulk.Uuid] = bulk);
        return new JsonObject { ["bulk_uuid"] = bulk.Uuid, ["request_items"] = requestItems, ["errors"] = rejected };
    }

    private static readonly Func<JsonObject, string?> NoSku = _ => null;

    private static (string? Topic, string? RouteSku, Func<JsonObject, string?> SkuOf) Route(RestCall c)
    {
        var bulk = c.Mode == RestMode.Bulk;
        Func<JsonObject, string?> productSku = b => RequestBody.Text(b["product"], "sku");
        Func<JsonObject, string?> bodySku = b => RequestBody.Text(b, "sku");
        if (bulk && c.Is("PUT", "products", "bySku")) return (BulkTopics.ProductSavePut, null, productSku);
        if (!bulk && c.Is("PUT", "products", "*")) return (BulkTopics.ProductSavePut, c.Segments[1], productSku);
        if (c.Is("POST", "products")) return (BulkTopics.ProductSavePost, null, productSku);
        if (bulk && c.Is("POST", "configurable-products", "bySku", "options")) return (BulkTopics.OptionSave, null, bodySku);
        if (!bulk && c.Is("POST", "configurable-products", "*", "options")) return (BulkTopics.OptionSave, c.Segments[1], bodySku);
        if (bulk && c.Is("POST", "configurable-products", "bySku", "child")) return (BulkTopics.AddChild, null, bodySku);
        if (!bulk && c.Is("POST", "configurable-products", "*", "child")) return (BulkTopics.AddChild, c.Segments[1], bodySku);
        if (c.Is("POST", "inventory", "source-items")) return (BulkTopics.SourceItemsSave, null, NoSku);
        if (c.Is("POST", "products", "base-prices")) return (BulkTopics.BasePricesUpdate, null, NoSku);
        return (null, null, NoSku);
    }

    private static string Hash(JsonNode? body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body?.ToJsonString() ?? "null")));
}
