using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Operations;

/// <summary>
/// Stock and prices: MSI source items (<c>POST /V1/inventory/source-items</c>), the legacy stock item of the default
/// source (<c>PUT /V1/products/{sku}/stockItems/{itemId}</c>) and base prices (<c>POST /V1/products/base-prices</c>).
/// </summary>
public static class InventoryOperations
{
    /// <summary>Sets one source item; the caller holds the lock.</summary>
    public static void SetSourceItem(MagentoStore s, string sku, string source, decimal quantity, int status)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.SourceItems[(sku, source)] = new SourceItem(sku, source, quantity, status);
    }

    /// <summary>SourceItemsSaveInterface::execute: every item validated first, then all saved (or none).</summary>
    public static void SaveSourceItems(MagentoStore store, JsonNode? body, int? limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var items = RequestBody.Array(body, "sourceItems").OfType<JsonObject>().ToList();
        if (items.Count == 0) throw new MagentoError(400, "Input data is empty");
        CheckLimit(items.Count, limit, "\\Magento\\InventoryApi\\Api\\Data\\SourceItemInterface");
        store.Read(s =>
        {
            var parsed = items.Select(i =>
            {
                var sku = RequestBody.Text(i, "sku") ?? throw MagentoError.Required("sku");
                var source = RequestBody.Text(i, "source_code") ?? throw MagentoError.Required("source_code");
                if (!s.Products.ContainsKey(sku)) throw new MagentoError(400, "Validation Failed", new JsonArray($"Product with SKU \"{sku}\" does not exist."));
                if (!s.Sources.Contains(source)) throw new MagentoError(400, "Validation Failed", new JsonArray($"Source with code \"{source}\" does not exist."));
                var quantity = RequestBody.Number(i, "quantity") ?? 0m;
                return (sku, source, quantity, RequestBody.Int(i, "status") ?? (quantity > 0 ? 1 : 0));
            }).ToList();
            foreach (var (sku, source, quantity, status) in parsed) SetSourceItem(s, sku, source, quantity, status);
            return true;
        });
    }

    /// <summary>The legacy stock item for a SKU (the default source).</summary>
    public static JsonObject GetStockItem(MagentoStore store, string sku) => store.Read(s =>
    {
        var product = s.Products.TryGetValue(sku, out var p) ? p : throw MagentoError.NoProduct();
        var item = s.SourceItems.GetValueOrDefault((sku, "default"));
        return new JsonObject
        {
            ["item_id"] = product.Id,
            ["product_id"] = product.Id,
            ["stock_id"] = 1,
            ["qty"] = item?.Quantity ?? 0m,
            ["is_in_stock"] = item?.Status == 1,
            ["manage_stock"] = true,
        };
    });

    /// <summary>StockRegistryInterface::updateStockItemBySku: the item id path segment is ignored, as Magento does.</summary>
    public static int UpdateStockItem(MagentoStore store, string sku, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var input = RequestBody.Object(body, "stockItem");
        return store.Read(s =>
        {
            var product = s.Products.TryGetValue(sku, out var p) ? p : throw MagentoError.NoProduct();
            var current = s.SourceItems.GetValueOrDefault((sku, "default"));
            var qty = RequestBody.Number(input, "qty") ?? current?.Quantity ?? 0m;
            var inStock = RequestBody.Number(input, "is_in_stock") is { } flag ? (int)flag : qty > 0 ? 1 : 0;
            SetSourceItem(s, sku, "default", qty, inStock);
            return product.Id;
        });
    }

    /// <summary>BasePriceStorageInterface::update: answers the prices it refused (message and parameters), empty when all saved.</summary>
    public static JsonArray SaveBasePrices(MagentoStore store, JsonNode? body, int? limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var prices = RequestBody.Array(body, "prices").OfType<JsonObject>().ToList();
        CheckLimit(prices.Count, limit, "\\Magento\\Catalog\\Api\\Data\\BasePriceInterface");
        return store.Read(s =>
        {
            var refused = new JsonArray();
            foreach (var item in prices)
            {
                var sku = RequestBody.Text(item, "sku") ?? "";
                var price = RequestBody.Number(item, "price");
                var storeId = RequestBody.Int(item, "store_id") ?? 0;
                if (!s.Products.TryGetValue(sku, out var product))
                    refused.Add(Refusal("The product that was requested doesn't exist. Verify the product and try again. Row ID: SKU = %SKU, Store ID: %storeId.", sku, storeId));
                else if (price is not { } p || p < 0)
                    refused.Add(Refusal("Invalid attribute %fieldName = %fieldValue. Row ID: SKU = %SKU, Store ID: %storeId.", sku, storeId, "Price", price?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                else if (storeId != 0 && !s.StoreViews.ContainsValue(storeId))
                    refused.Add(Refusal("Requested store is not found. Row ID: SKU = %SKU, Store ID: %storeId.", sku, storeId));
                else
                {
                    product.Prices[storeId] = p;
                    product.UpdatedAt = s.Now();
                }
            }
            return refused;
        });
    }

    /// <summary>A 400 when input limits are on and the array is longer than the limit.</summary>
    public static void CheckLimit(int count, int? limit, string type = "array")
    {
        if (limit is { } max && count > max)
            throw new MagentoError(400, "Maximum items of type \"%type\" is %max", new JsonObject { ["type"] = type, ["max"] = max });
    }

    private static JsonObject Refusal(string message, string sku, int storeId, string? field = null, string? value = null)
    {
        var parameters = new JsonObject();
        if (field is not null) { parameters["fieldName"] = field; parameters["fieldValue"] = value; }
        parameters["SKU"] = sku;
        parameters["storeId"] = storeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject { ["message"] = message, ["parameters"] = parameters };
    }
}
