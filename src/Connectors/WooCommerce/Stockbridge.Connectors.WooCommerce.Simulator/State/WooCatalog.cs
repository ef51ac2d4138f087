using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>Creating, changing and deleting products and variations from request bodies; callers hold the store's gate.</summary>
public static class WooCatalog
{
    private static readonly HashSet<string> ProductTypes = ["simple", "variable", "grouped", "external"];
    private static readonly HashSet<string> Statuses = ["publish", "draft", "pending", "private"];

    /// <summary>Creates a product (or, with a parent, a variation) from a body.</summary>
    public static WooProduct Create(WooStore store, JsonObject body, WooProduct? parent = null)
    {
        var now = store.Now();
        var product = new WooProduct
        {
            Id = store.NextPostId(),
            ParentId = parent?.Id ?? 0,
            Type = parent is null ? "simple" : "variation",
            DateCreated = now,
            DateModified = now,
        };
        Apply(store, product, body, parent);
        if (parent is null && product.Name.Length == 0) product.Name = "Product";
        store.Products[product.Id] = product;
        parent?.VariationIds.Add(product.Id);
        store.CatalogWrites++;
        return product;
    }

    /// <summary>Changes the fields a body carries.</summary>
    public static void Update(WooStore store, WooProduct product, JsonObject body)
    {
        var parent = product.ParentId == 0 ? null : store.Products[product.ParentId];
        Apply(store, product, body, parent);
        product.DateModified = store.Now();
        store.CatalogWrites++;
    }

    /// <summary>Deletes a product with its variations, or a variation.</summary>
    public static void Delete(WooStore store, WooProduct product)
    {
        store.CatalogWrites += 1 + product.VariationIds.Count;
        foreach (var id in product.VariationIds) store.Products.Remove(id);
        store.Products.Remove(product.Id);
        if (product.ParentId != 0 && store.Products.TryGetValue(product.ParentId, out var parent)) parent.VariationIds.Remove(product.Id);
    }

    private static void Apply(WooStore store, WooProduct product, JsonObject body, WooProduct? parent)
    {
        // Validate everything first, so a refused body changes nothing.
        var sku = Text(body, "sku");
        if (sku is { Length: > 0 } && store.BySku(sku) is { } holder && holder.Id != product.Id) throw new WooRequestException(WooError.InvalidSku);
        var type = Text(body, "type");
        if (parent is null && type is not null && !ProductTypes.Contains(type)) throw Invalid("type", "type is not one of simple, grouped, external, variable");
        var status = Text(body, "status");
        if (status is not null && !Statuses.Contains(status)) throw Invalid("status", "status is not one of draft, pending, private, publish");
        var regular = body.ContainsKey("regular_price") ? WooMoney.ParseOptional(body["regular_price"], "regular_price") : product.RegularPrice;
        var sale = body.ContainsKey("sale_price") ? WooMoney.ParseOptional(body["sale_price"], "sale_price") : product.SalePrice;
        var manage = body.ContainsKey("manage_stock") ? Bool(body, "manage_stock") : product.ManageStock;
        int? quantity = product.StockQuantity;
        if (body["stock_quantity"] is { } q)
            quantity = q.GetValueKind() == JsonValueKind.Number && q.GetValue<decimal>() == decimal.Truncate(q.GetValue<decimal>())
                ? (int)q.GetValue<decimal>()
                : throw Invalid("stock_quantity", "stock_quantity is not of type integer");
        var stockStatus = Text(body, "stock_status");
        if (stockStatus is not null && stockStatus is not ("instock" or "outofstock" or "onbackorder"))
            throw Invalid("stock_status", "stock_status is not one of instock, outofstock, onbackorder");

        if (Text(body, "name") is { } name) product.Name = name;
        if (type is not null) product.Type = type;
        if (status is not null) product.Status = status;
        if (sku is not null) product.Sku = sku;
        product.RegularPrice = regular;
        product.SalePrice = sale;
        product.ManageStock = manage;
        product.StockQuantity = manage ? quantity ?? 0 : null;
        if (stockStatus is not null) product.StockStatusWhenUnmanaged = stockStatus;
        if (body["attributes"] is JsonArray attributes) product.Attributes = (JsonArray)attributes.DeepClone();
        if (body["meta_data"] is JsonArray meta) MergeMeta(store, product.MetaData, meta);
        if (parent is not null)
        {
            var options = product.Attributes.Select(a => a?["option"]?.GetValue<string>()).OfType<string>().ToList();
            product.Name = options.Count == 0 ? parent.Name : $"{parent.Name} - {string.Join(", ", options)}";
        }
    }

    /// <summary>Adds or replaces meta entries (by id, else by key), as WooCommerce's <c>meta_data</c> update does.</summary>
    public static void MergeMeta(WooStore store, List<WooMeta> target, JsonArray entries)
    {
        foreach (var entry in entries.OfType<JsonObject>())
        {
            var key = entry["key"]?.GetValue<string>();
            var id = entry["id"] is { } idNode && idNode.GetValueKind() == JsonValueKind.Number ? idNode.GetValue<int>() : 0;
            var index = id != 0 ? target.FindIndex(m => m.Id == id) : target.FindIndex(m => m.Key == key);
            if (key is null && index >= 0) key = target[index].Key;
            if (key is null) continue;
            var value = entry["value"]?.DeepClone();
            if (index >= 0) target[index] = target[index] with { Key = key, Value = value };
            else target.Add(new WooMeta(store.NextItemId(), key, value));
        }
    }

    private static WooRequestException Invalid(string field, string why) => new(WooError.InvalidParam(field, why));

    private static string? Text(JsonObject body, string field) => body[field] switch
    {
        null => null,
        var n when n.GetValueKind() == JsonValueKind.String => n.GetValue<string>(),
        var n when n.GetValueKind() == JsonValueKind.Number => n.ToJsonString(),
        _ => throw Invalid(field, $"{field} is not of type string"),
    };

    private static bool Bool(JsonObject body, string field) => body[field] switch
    {
        var n when n?.GetValueKind() is JsonValueKind.True or JsonValueKind.False => n.GetValue<bool>(),
        var n when n?.GetValueKind() == JsonValueKind.String && n.GetValue<string>() is "true" or "1" => true,
        var n when n?.GetValueKind() == JsonValueKind.String && n.GetValue<string>() is "false" or "0" => false,
        _ => throw Invalid(field, $"{field} is not of type boolean"),
    };
}
