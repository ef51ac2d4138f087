using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>Products, configurable products and attribute options (Catalog and ConfigurableProduct <c>webapi.xml</c>).</summary>
public static class CatalogRoutes
{
    /// <summary>Answers the call when it is a catalogue route.</summary>
    public static bool TryHandle(MagentoShop shop, RestCall c, out JsonNode? result)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(c);
        var store = shop.Store;
        result = null;
        if (c.Is("GET", "products"))
        {
            // A lookup by SKU (eq / in) reads only those products; any other search reads the catalogue.
            var criteria = SearchCriteria.Parse(c.Query, shop.MaxPageSize);
            var skus = criteria.Narrow("sku");
            result = SearchAnswer.For(shop, c, criteria, store.Read(s => (skus is null ? s.Products.Values : skus.Select(s.Products.GetValueOrDefault).OfType<MagentoProduct>())
                .OrderBy(p => p.Id).Select(p => ProductJson.Write(s, p, c.StoreCode)).ToList()));
        }
        else if (c.Is("POST", "products")) result = CatalogOperations.SaveProduct(store, c.StoreCode, null, c.Body);
        else if (c.Is("PUT", "products", "*")) result = CatalogOperations.SaveProduct(store, c.StoreCode, c.Segments[1], c.Body);
        else if (c.Is("GET", "products", "*") && c.Segments[1] != "base-prices") result = CatalogOperations.GetProduct(store, c.StoreCode, c.Segments[1]);
        else if (c.Is("DELETE", "products", "*")) result = store.Read(s => s.Products.Remove(c.Segments[1]) ? true : throw MagentoError.NoProduct());
        else if (c.Is("POST", "products", "base-prices")) result = InventoryOperations.SaveBasePrices(store, c.Body, shop.SyncLimit);
        else if (c.Is("POST", "products", "base-prices-information")) result = BasePrices(shop, c.Body);
        else if (c.Is("GET", "products", "attributes", "*")) result = store.Read(s => CatalogOperations.AttributeJson(CatalogOperations.Attribute(s, c.Segments[2])));
        else if (c.Is("GET", "products", "attributes", "*", "options")) result = store.Read(s => CatalogOperations.OptionsJson(CatalogOperations.Attribute(s, c.Segments[2])));
        else if (c.Is("POST", "products", "attributes", "*", "options")) result = CatalogOperations.AddAttributeOption(store, c.Segments[2], c.Body);
        else if (c.Is("POST", "configurable-products", "*", "options")) result = CatalogOperations.AddConfigurableOption(store, c.Segments[1], c.Body);
        else if (c.Is("GET", "configurable-products", "*", "options", "all")) result = store.Read(s =>
            s.Products.TryGetValue(c.Segments[1], out var p) ? new JsonArray([.. p.Options.Select(o => (JsonNode)ProductJson.OptionJson(o, p.Id))]) : throw MagentoError.NoProduct());
        else if (c.Is("POST", "configurable-products", "*", "child")) result = CatalogOperations.AddChild(store, c.Segments[1], c.Body);
        else if (c.Is("GET", "configurable-products", "*", "children")) result = store.Read(s =>
            s.Products.TryGetValue(c.Segments[1], out var p)
                ? new JsonArray([.. p.Children.Where(s.Products.ContainsKey).Select(child => (JsonNode)ProductJson.Write(s, s.Products[child], c.StoreCode))])
                : throw MagentoError.NoProduct());
        else if (c.Is("DELETE", "configurable-products", "*", "children", "*")) result = store.Read(s =>
            s.Products.TryGetValue(c.Segments[1], out var p) && p.Children.Remove(c.Segments[3]) ? true : throw MagentoError.NoProduct());
        else return false;
        return true;
    }

    private static JsonArray BasePrices(MagentoShop shop, JsonNode? body)
    {
        var skus = RequestBody.Array(body, "skus").Select(n => n?.ToString() ?? "").ToList();
        InventoryOperations.CheckLimit(skus.Count, shop.SyncLimit);
        return shop.Store.Read(s =>
        {
            var answer = new JsonArray();
            foreach (var sku in skus)
            {
                var product = s.Products.GetValueOrDefault(sku) ?? throw new MagentoError(404, "Requested product doesn't exist: %sku", new JsonObject { ["sku"] = sku });
                foreach (var (storeId, price) in product.Prices) answer.Add(new JsonObject { ["price"] = price, ["store_id"] = storeId, ["sku"] = sku });
            }
            return answer;
        });
    }
}
