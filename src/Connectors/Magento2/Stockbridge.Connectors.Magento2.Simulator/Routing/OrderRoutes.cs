using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>Sales: orders with <c>searchCriteria</c>, comments, shipments with tracks (singular <c>order/{id}/ship</c>), invoices.</summary>
public static class OrderRoutes
{
    /// <summary>Answers the call when it is a sales route.</summary>
    public static bool TryHandle(MagentoShop shop, RestCall c, out JsonNode? result)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(c);
        var store = shop.Store;
        result = null;
        if (c.Is("GET", "orders")) result = SearchAnswer.For(shop, c, store.Read(s => s.Orders.Values.Select(OrderJson.Write).ToList()));
        else if (c.Is("GET", "orders", "*")) result = store.Read(s => OrderJson.Write(OrderOperations.Find(s, c.Id(1))));
        else if (c.Is("POST", "orders", "*", "comments")) result = OrderOperations.AddComment(store, c.Id(1), c.Body);
        else if (c.Is("GET", "orders", "*", "comments"))
            result = store.Read(s => new JsonObject
            {
                ["items"] = new JsonArray([.. OrderJson.Write(OrderOperations.Find(s, c.Id(1)))["status_histories"]!.AsArray().Select(h => h!.DeepClone())]),
                ["total_count"] = OrderOperations.Find(s, c.Id(1)).Comments.Count,
            });
        else if (c.Is("POST", "order", "*", "ship")) result = OrderOperations.Ship(store, c.Id(1), c.Body);
        else if (c.Is("POST", "order", "*", "invoice")) result = OrderOperations.Invoice(store, c.Id(1));
        else if (c.Is("GET", "shipments")) result = SearchAnswer.For(shop, c, store.Read(s => OrderOperations.ShipmentsJson(s).ToList()));
        else if (c.Is("POST", "shipment", "track")) result = OrderOperations.AddTrack(store, c.Body);
        else return false;
        return true;
    }
}
