using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento2.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// The <c>{product: …}</c> bodies of <c>PUT products/{sku}</c>. A product with options is a configurable product (its own
/// SKU, visible, no price) with one simple child per variant (not visible individually, the option values as custom
/// attributes); any other product is one simple product per variant. Status per the inactive rule: active → enabled and
/// visible, hidden → enabled but not visible individually, archived or deleted → disabled (Stockbridge never deletes).
/// </summary>
public static class ProductBodies
{
    /// <summary>Magento's status: 1 enabled, 2 disabled.</summary>
    public static int Status(ChannelProductStatus status) => status is ChannelProductStatus.Active or ChannelProductStatus.Hidden ? 1 : 2;

    /// <summary>Magento's visibility for a product shoppers find: 4 (catalog, search), or 1 (not visible) when hidden.</summary>
    public static int Visibility(ChannelProductStatus status) => status == ChannelProductStatus.Hidden ? 1 : 4;

    /// <summary>Whether the product becomes a configurable product with simple children.</summary>
    public static bool IsConfigurable(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Options.Length > 0 && p.Variants.Length > 0;
    }

    /// <summary>The configurable product's SKU: the product code, unless a variant already has it.</summary>
    public static string ParentSku(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Variants.Any(v => v.Sku == p.SourceProductCode) ? p.SourceProductCode + "-configurable" : p.SourceProductCode;
    }

    /// <summary>The price pushed as the product's (global) price: the projected price, else the only tier's; null when none.</summary>
    public static decimal? Price(Variant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return v.Price ?? (v.PriceTiers.Count == 1 ? v.PriceTiers.Values.First() : null);
    }

    /// <summary>A simple product: standalone (visible) or a configurable's child (not visible, option values set).</summary>
    public static JsonObject Simple(ProductPush push, Variant v, Magento2Settings settings, IReadOnlyDictionary<string, int>? optionValues)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(settings);
        var p = push.Product;
        var child = optionValues is not null;
        var values = new[] { v.Option1, v.Option2, v.Option3 }.Take(p.Options.Length).Where(o => !string.IsNullOrWhiteSpace(o));
        var product = Common(v.Sku, child ? $"{p.Title} {string.Join(' ', values)}".TrimEnd() : p.Title, "simple", settings,
            child ? (v.Active && push.Status is ChannelProductStatus.Active or ChannelProductStatus.Hidden ? 1 : 2) : v.Active ? Status(push.Status) : 2,
            child ? 1 : Visibility(push.Status), p.BodyHtml);
        // A variant without a price is sent without one: Magento refuses a new product so, in its own words, and the hub shows why.
        if (Price(v) is { } price) product["price"] = price;
        if (v.Grams is { } grams) product["weight"] = grams / 1000m;
        var attributes = (JsonArray)product["custom_attributes"]!;
        foreach (var (code, valueId) in optionValues ?? new Dictionary<string, int>())
            attributes.Add(new JsonObject { ["attribute_code"] = code, ["value"] = valueId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (v.Barcode is { Length: > 0 } barcode) attributes.Add(new JsonObject { ["attribute_code"] = "barcode", ["value"] = barcode });
        return new JsonObject { ["product"] = product, ["saveOptions"] = true };
    }

    /// <summary>The configurable parent.</summary>
    public static JsonObject Configurable(ProductPush push, Magento2Settings settings)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(settings);
        var product = Common(ParentSku(push.Product), push.Product.Title, "configurable", settings, Status(push.Status), Visibility(push.Status), push.Product.BodyHtml);
        return new JsonObject { ["product"] = product, ["saveOptions"] = true };
    }

    private static JsonObject Common(string sku, string name, string type, Magento2Settings settings, int status, int visibility, string? description)
    {
        var attributes = new JsonArray();
        if (!string.IsNullOrEmpty(description)) attributes.Add(new JsonObject { ["attribute_code"] = "description", ["value"] = description });
        return new JsonObject
        {
            ["sku"] = sku,
            ["name"] = name,
            ["attribute_set_id"] = settings.AttributeSetId,
            ["type_id"] = type,
            ["status"] = status,
            ["visibility"] = visibility,
            ["extension_attributes"] = new JsonObject { ["website_ids"] = new JsonArray(1) },
            ["custom_attributes"] = attributes,
        };
    }
}
