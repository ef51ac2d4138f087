using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Bulk;

/// <summary>
/// The <c>async.operations.all</c> consumer: runs each open operation through the same service contract as the synchronous
/// route. Success is status 1 with Magento's "Service execution success" message; a refusal of the input is 3 (the input
/// must change) with the refusal's rendered message; anything else is 2 (retriable).
/// </summary>
public static class BulkConsumer
{
    /// <summary>Runs every open operation of every bulk; how many ran.</summary>
    public static int RunOpen(MagentoShop shop)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var open = shop.Store.Read(s => s.Bulks.Values.OrderBy(b => b.StartTime).SelectMany(b => b.Operations.Where(o => o.Status == 4)).ToList());
        foreach (var operation in open) Run(shop, operation);
        return open.Count;
    }

    private static void Run(MagentoShop shop, BulkOperation op)
    {
        (int Status, string Message, int? Code) outcome;
        if (shop.Store.Read(_ => shop.FailNextOperations > 0 && shop.FailNextOperations-- > 0))
            outcome = (2, "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction", 0);
        else
        try { outcome = (1, "Service execution success " + Execute(shop, op), null); }
        catch (MagentoError e) { outcome = (3, e.Message, 0); }
        catch (InvalidOperationException e) { outcome = (2, e.Message, 0); }
        shop.Store.Read(_ => (op.Status, op.ResultMessage, op.ErrorCode) = outcome);
    }

    private static string Execute(MagentoShop shop, BulkOperation op)
    {
        var store = shop.Store;
        switch (op.Topic)
        {
            case BulkTopics.ProductSavePut:
                CatalogOperations.SaveProduct(store, op.StoreCode, op.Sku, op.Body);
                return "Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save";
            case BulkTopics.ProductSavePost:
                CatalogOperations.SaveProduct(store, op.StoreCode, null, op.Body);
                return "Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save";
            case BulkTopics.OptionSave:
                CatalogOperations.AddConfigurableOption(store, op.Sku!, op.Body);
                return "Magento\\ConfigurableProduct\\Model\\OptionRepository\\Interceptor::save";
            case BulkTopics.AddChild:
                CatalogOperations.AddChild(store, op.Sku!, op.Body);
                return "Magento\\ConfigurableProduct\\Model\\LinkManagement\\Interceptor::addChild";
            case BulkTopics.SourceItemsSave:
                InventoryOperations.SaveSourceItems(store, op.Body, null);
                return "Magento\\Inventory\\Model\\SourceItem\\Command\\SourceItemsSave\\Interceptor::execute";
            case BulkTopics.BasePricesUpdate:
                var refused = InventoryOperations.SaveBasePrices(store, op.Body, null);
                if (refused.Count > 0)
                {
                    var first = refused[0]!;
                    throw new MagentoError(400, first["message"]!.GetValue<string>(), first["parameters"]?.DeepClone());
                }
                return "Magento\\Catalog\\Model\\Product\\Price\\BasePriceStorage\\Interceptor::update";
            default:
                throw new InvalidOperationException("No consumer for topic " + op.Topic);
        }
    }

    /// <summary>The status of a bulk as <c>GET /V1/bulk/{uuid}/status</c> (or <c>detailed-status</c>) answers it.</summary>
    public static JsonObject Status(MagentoShop shop, string uuid, bool detailed)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return shop.Store.Read(s =>
        {
            var bulk = s.Bulks.GetValueOrDefault(uuid)
                ?? throw new MagentoError(404, "Bulk uuid %bulkUuid not exist", new JsonObject { ["bulkUuid"] = uuid });
            var ops = bulk.Operations;
            return new JsonObject
            {
                ["operations_list"] = new JsonArray([.. ops.Select(o => (JsonNode)Operation(o, bulk.Uuid, detailed))]),
                ["operations_counter"] = new JsonObject
                {
                    ["operations_total"] = ops.Count,
                    ["open"] = ops.Count(o => o.Status == 4),
                    ["operations_successful"] = ops.Count(o => o.Status == 1),
                    ["total_failed"] = ops.Count(o => o.Status is 2 or 3),
                    ["failed_not_retriable"] = ops.Count(o => o.Status == 3),
                    ["failed_retriable"] = ops.Count(o => o.Status == 2),
                    ["rejected"] = ops.Count(o => o.Status == 5),
                },
                ["bulk_id"] = bulk.Uuid,
                ["description"] = bulk.Description,
                ["start_time"] = WireDates.Format(bulk.StartTime),
                ["user_id"] = 1,
                ["operation_count"] = ops.Count,
            };
        });
    }

    /// <summary>How many of the bulk's operations have <paramref name="status"/> (<c>operation-status/{status}</c>).</summary>
    public static int Count(MagentoShop shop, string uuid, int status)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return shop.Store.Read(s => (s.Bulks.GetValueOrDefault(uuid)
            ?? throw new MagentoError(404, "Bulk uuid %bulkUuid not exist", new JsonObject { ["bulkUuid"] = uuid })).Operations.Count(o => o.Status == status));
    }

    private static JsonObject Operation(BulkOperation o, string uuid, bool detailed)
    {
        var json = new JsonObject { ["id"] = o.Id, ["status"] = o.Status, ["result_message"] = o.ResultMessage, ["error_code"] = o.ErrorCode };
        if (!detailed) return json;
        json["bulk_uuid"] = uuid;
        json["topic_name"] = o.Topic;
        json["serialized_data"] = o.Body.ToJsonString();
        json["result_serialized_data"] = null;
        return json;
    }
}
