using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Operations;

/// <summary>
/// The catalogue's service contracts (ProductRepositoryInterface::save, configurable options and children, attribute
/// options), shared by the synchronous routes and the bulk consumer. Each runs under the store's lock.
/// </summary>
public static class CatalogOperations
{
    /// <summary>ProductRepositoryInterface::save: creates or updates the product <c>body.product</c> (the path SKU wins).</summary>
    public static JsonObject SaveProduct(MagentoStore store, string storeCode, string? pathSku, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var input = RequestBody.Object(body, "product");
        var sku = pathSku ?? RequestBody.Text(input, "sku");
        if (string.IsNullOrWhiteSpace(sku)) throw MagentoError.MustBeSet("sku");
        if (sku.Length > 64) throw new MagentoError(400, "SKU length should be %1 characters maximum.", new JsonArray(64));
        return store.Read(s =>
        {
            var storeId = StoreId(s, storeCode);
            var exists = s.Products.TryGetValue(sku, out var product);
            var typeId = RequestBody.Text(input, "type_id") ?? product?.TypeId ?? "simple";
            var name = RequestBody.Text(input, "name");
            var price = RequestBody.Number(input, "price");
            if (!exists && string.IsNullOrWhiteSpace(name)) throw MagentoError.MustBeSet("name");
            if (!exists && typeId is "simple" or "virtual" && price is null) throw MagentoError.MustBeSet("price");
            if (price < 0) throw new MagentoError(400, "The \"%1\" attribute value is invalid. Enter a number 0 or greater in this field.", new JsonArray("price"));
            var now = s.Now();
            if (product is null)
            {
                product = new MagentoProduct { Id = s.NextId(), Sku = sku, CreatedAt = now, Name = name! };
                s.Products[sku] = product;
            }
            product.TypeId = typeId;
            if (name is not null)
            {
                if (storeCode == "all" || !exists) product.Name = name;
                if (storeCode != "all") product.StoreNames[storeCode] = name;
            }
            if (price is { } p) product.Prices[storeId] = p;
            if (RequestBody.Int(input, "status") is { } status) product.Status = status is 1 or 2 ? status : throw new MagentoError(400, "Invalid status %1", new JsonArray(status));
            if (RequestBody.Int(input, "visibility") is { } visibility) product.Visibility = visibility is >= 1 and <= 4 ? visibility : throw new MagentoError(400, "Invalid visibility %1", new JsonArray(visibility));
            if (RequestBody.Int(input, "attribute_set_id") is { } set) product.AttributeSetId = set;
            if (RequestBody.Number(input, "weight") is { } weight) product.Weight = weight;
            foreach (var a in (input["custom_attributes"] as JsonArray ?? []).OfType<JsonObject>())
                if (RequestBody.Text(a, "attribute_code") is { } code) product.CustomAttributes[code] = RequestBody.Text(a, "value") ?? "";
            if (input["extension_attributes"] is JsonObject ext)
            {
                if (ext["website_ids"] is JsonArray websites)
                {
                    product.WebsiteIds.Clear();
                    product.WebsiteIds.AddRange(websites.Select(w => (int)(RequestBody.Number(new JsonObject { ["w"] = w?.DeepClone() }, "w") ?? 0)));
                }
                if (ext["stock_item"] is JsonObject stock && RequestBody.Number(stock, "qty") is { } qty)
                    InventoryOperations.SetSourceItem(s, sku, "default", qty, RequestBody.Number(stock, "is_in_stock") is 0 ? 0 : 1);
            }
            product.UpdatedAt = now;
            return ProductJson.Write(s, product, storeCode);
        });
    }

    /// <summary>GET a product; 404 when there is none.</summary>
    public static JsonObject GetProduct(MagentoStore store, string storeCode, string sku) => store.Read(s =>
        s.Products.TryGetValue(sku, out var p) ? ProductJson.Write(s, p, storeCode) : throw MagentoError.NoProduct());

    /// <summary>The attribute by code; 404 when there is none.</summary>
    public static ProductAttribute Attribute(MagentoStore s, string code) =>
        s.Attributes.TryGetValue(code, out var a) ? a
            : throw new MagentoError(404, "The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again.", new JsonArray(code));

    /// <summary>The attribute's JSON.</summary>
    public static JsonObject AttributeJson(ProductAttribute a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new JsonObject
        {
            ["attribute_id"] = a.Id,
            ["attribute_code"] = a.Code,
            ["frontend_input"] = "select",
            ["default_frontend_label"] = a.Label,
            ["scope"] = "global",
            ["options"] = OptionsJson(a),
        };
    }

    /// <summary>The attribute's options as <c>[{label, value}]</c>, with Magento's empty first option.</summary>
    public static JsonArray OptionsJson(ProductAttribute a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new JsonArray([new JsonObject { ["label"] = " ", ["value"] = "" }, .. a.Options.Select(o => (JsonNode)new JsonObject { ["label"] = o.Value, ["value"] = o.Key.ToString(CultureInfo.InvariantCulture) })]);
    }

    /// <summary>ProductAttributeOptionManagementInterface::add: an option value; answers <c>"id_{n}"</c>.</summary>
    public static string AddAttributeOption(MagentoStore store, string code, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var label = RequestBody.Text(RequestBody.Object(body, "option"), "label");
        if (string.IsNullOrWhiteSpace(label)) throw MagentoError.MustBeSet("label");
        return store.Read(s =>
        {
            var attribute = Attribute(s, code);
            if (attribute.Options.Any(o => string.Equals(o.Value, label, StringComparison.OrdinalIgnoreCase)))
                throw new MagentoError(400, "Admin store attribute option label '%1' is already exists.", new JsonArray(label));
            var id = s.NextId();
            attribute.Options[id] = label;
            return "id_" + id.ToString(CultureInfo.InvariantCulture);
        });
    }

    /// <summary>OptionRepositoryInterface::save: adds an option to a configurable product; answers its id.</summary>
    public static int AddConfigurableOption(MagentoStore store, string sku, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var input = RequestBody.Object(body, "option");
        var attributeId = RequestBody.Text(input, "attribute_id") ?? throw MagentoError.Required("attribute_id");
        var values = (input["values"] as JsonArray ?? []).OfType<JsonObject>().Select(v => RequestBody.Int(v, "value_index") ?? throw MagentoError.Required("value_index")).ToList();
        if (values.Count == 0) throw MagentoError.Required("values");
        return store.Read(s =>
        {
            var product = s.Products.TryGetValue(sku, out var p) ? p : throw MagentoError.NoProduct();
            if (product.TypeId != "configurable") throw new MagentoError(400, "The product with SKU \"%1\" is not a configurable product.", new JsonArray(sku));
            if (!s.Attributes.Values.Any(a => a.Id.ToString(CultureInfo.InvariantCulture) == attributeId))
                throw new MagentoError(400, "Provided attribute can not be used with configurable product.");
            if (product.Options.Any(o => o.AttributeId == attributeId))
                throw new MagentoError(400, "Something went wrong while saving option.");
            var option = new ConfigurableOption { Id = s.NextId(), AttributeId = attributeId, Label = RequestBody.Text(input, "label") ?? "", Position = RequestBody.Int(input, "position") ?? 0 };
            option.Values.AddRange(values);
            product.Options.Add(option);
            product.UpdatedAt = s.Now();
            return option.Id;
        });
    }

    /// <summary>LinkManagementInterface::addChild: links a simple product under a configurable one.</summary>
    public static bool AddChild(MagentoStore store, string sku, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var childSku = RequestBody.Text(body, "childSku") ?? throw MagentoError.Required("childSku");
        return store.Read(s =>
        {
            var parent = s.Products.TryGetValue(sku, out var p) ? p : throw MagentoError.NoProduct();
            var child = s.Products.TryGetValue(childSku, out var c) ? c : throw MagentoError.NoProduct();
            if (parent.Children.Contains(childSku)) throw new MagentoError(400, "The product is already attached.");
            if (parent.Options.Count == 0) throw new MagentoError(400, "The parent product doesn't have configurable product options.");
            foreach (var option in parent.Options)
            {
                var attribute = s.Attributes.Values.First(a => a.Id.ToString(CultureInfo.InvariantCulture) == option.AttributeId);
                if (!child.CustomAttributes.TryGetValue(attribute.Code, out var value) || string.IsNullOrEmpty(value))
                    throw new MagentoError(400, "The child product doesn't have the \"%1\" attribute value. Verify the value and try again.", new JsonArray(attribute.Code));
            }
            parent.Children.Add(childSku);
            parent.UpdatedAt = s.Now();
            return true;
        });
    }

    /// <summary>The store id of a store code (<c>all</c>: 0); a 400 for an unknown store.</summary>
    public static int StoreId(MagentoStore s, string storeCode)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (storeCode == "all") return 0;
        return s.StoreViews.TryGetValue(storeCode, out var id) ? id : throw new MagentoError(400, "Requested store is not found");
    }
}
