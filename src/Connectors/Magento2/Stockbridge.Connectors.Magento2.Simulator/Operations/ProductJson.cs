using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Operations;

/// <summary>A product as <c>GET /V1/products/{sku}</c> answers it, for one store scope.</summary>
public static class ProductJson
{
    /// <summary>The product's JSON as the store view <paramref name="storeCode"/> sees it.</summary>
    public static JsonObject Write(MagentoStore store, MagentoProduct p, string storeCode)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(p);
        var storeId = store.StoreViews.GetValueOrDefault(storeCode);
        var legacy = store.SourceItems.GetValueOrDefault((p.Sku, "default"));
        var json = new JsonObject
        {
            ["id"] = p.Id,
            ["sku"] = p.Sku,
            ["name"] = p.NameFor(storeCode),
            ["attribute_set_id"] = p.AttributeSetId,
            ["price"] = p.PriceFor(storeId) ?? 0m,
            ["status"] = p.Status,
            ["visibility"] = p.Visibility,
            ["type_id"] = p.TypeId,
            ["created_at"] = WireDates.Format(p.CreatedAt),
            ["updated_at"] = WireDates.Format(p.UpdatedAt),
            ["extension_attributes"] = new JsonObject
            {
                ["website_ids"] = new JsonArray([.. p.WebsiteIds.Select(w => (JsonNode)w)]),
                ["stock_item"] = new JsonObject
                {
                    ["item_id"] = p.Id,
                    ["product_id"] = p.Id,
                    ["stock_id"] = 1,
                    ["qty"] = legacy?.Quantity ?? 0m,
                    ["is_in_stock"] = legacy?.Status == 1,
                },
                ["configurable_product_options"] = new JsonArray([.. p.Options.Select(o => (JsonNode)OptionJson(o, p.Id))]),
                ["configurable_product_links"] = new JsonArray([.. p.Children.Where(store.Products.ContainsKey).Select(c => (JsonNode)store.Products[c].Id)]),
            },
            ["custom_attributes"] = new JsonArray([.. p.CustomAttributes.Select(a => (JsonNode)new JsonObject { ["attribute_code"] = a.Key, ["value"] = a.Value })]),
        };
        if (p.Weight is { } weight) json["weight"] = weight;
        return json;
    }

    /// <summary>A configurable option's JSON.</summary>
    public static JsonObject OptionJson(ConfigurableOption o, int productId)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new JsonObject
        {
            ["id"] = o.Id,
            ["attribute_id"] = o.AttributeId,
            ["label"] = o.Label,
            ["position"] = o.Position,
            ["values"] = new JsonArray([.. o.Values.Select(v => (JsonNode)new JsonObject { ["value_index"] = v })]),
            ["product_id"] = productId,
        };
    }
}
