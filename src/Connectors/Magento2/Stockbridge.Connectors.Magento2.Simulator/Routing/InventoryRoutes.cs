using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>MSI (<c>inventory/source-items</c>, <c>inventory/sources</c>) and the legacy CatalogInventory stock items.</summary>
public static class InventoryRoutes
{
    /// <summary>Answers the call when it is an inventory route.</summary>
    public static bool TryHandle(MagentoShop shop, RestCall c, out JsonNode? result)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(c);
        var store = shop.Store;
        result = null;
        if (c.Is("GET", "inventory", "source-items"))
            result = SearchAnswer.For(shop, c, store.Read(s => s.SourceItems.Values.OrderBy(i => i.Sku, StringComparer.Ordinal).ThenBy(i => i.SourceCode, StringComparer.Ordinal)
                .Select(i => new JsonObject { ["sku"] = i.Sku, ["source_code"] = i.SourceCode, ["quantity"] = i.Quantity, ["status"] = i.Status }).ToList()));
        else if (c.Is("POST", "inventory", "source-items"))
        {
            InventoryOperations.SaveSourceItems(store, c.Body, shop.SyncLimit);
            result = new JsonArray();
        }
        else if (c.Is("POST", "inventory", "source-items-delete"))
        {
            var items = RequestBody.Array(c.Body, "sourceItems").OfType<JsonObject>().ToList();
            InventoryOperations.CheckLimit(items.Count, shop.SyncLimit);
            store.Read(s => items.Count(i => s.SourceItems.Remove((RequestBody.Text(i, "sku") ?? "", RequestBody.Text(i, "source_code") ?? ""))));
            result = new JsonArray();
        }
        else if (c.Is("GET", "inventory", "sources"))
            result = SearchAnswer.For(shop, c, store.Read(s => s.Sources.Select(code => new JsonObject
            {
                ["source_code"] = code, ["name"] = code == "default" ? "Default Source" : code.ToUpperInvariant(), ["enabled"] = true, ["country_id"] = "ZA",
            }).ToList()));
        else if (c.Is("GET", "stockItems", "*")) result = InventoryOperations.GetStockItem(store, c.Segments[1]);
        else if (c.Is("PUT", "products", "*", "stockItems", "*")) result = InventoryOperations.UpdateStockItem(store, c.Segments[1], c.Body);
        else return false;
        return true;
    }
}
