using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.WooCommerce.Products;

/// <summary>
/// The JSON items of the products and variations batch calls. A product with options, or with more than one variant,
/// is <c>variable</c> (one attribute per option, one variation per variant); any other is <c>simple</c> with its only
/// SKU. Known records are addressed by the ids on their link (<see cref="ProductKey"/>, <see cref="VariationKey"/>).
/// </summary>
public static class ProductPayloadBuilder
{
    /// <summary>The link id naming a simple product's SKU.</summary>
    public static string ProductKey(string sku) => $"product:{sku}";

    /// <summary>The link id naming a variation by its SKU.</summary>
    public static string VariationKey(string sku) => $"variation:{sku}";

    public static bool IsVariable(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Options.Length > 0 || p.Variants.Length > 1;
    }

    /// <summary>
    /// The product's own SKU: a simple product's only SKU; a variable product's code (so a retried create finds it), unless
    /// one of its variants already has that SKU.
    /// </summary>
    public static string? ParentSku(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (!IsVariable(p)) return p.Variants.Length == 1 ? p.Variants[0].Sku : null;
        return p.Variants.Any(v => string.Equals(v.Sku, p.SourceProductCode, StringComparison.Ordinal)) ? null : p.SourceProductCode;
    }

    /// <summary>The products/batch item: with <c>id</c> when the link has one (an update), else a create.</summary>
    public static Dictionary<string, object?> Product(ProductPush push, WooCommerceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(settings);
        var p = push.Product;
        var item = new Dictionary<string, object?>();
        if (push.Link?.ExternalId is { Length: > 0 } id) item["id"] = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        item["name"] = p.Title;
        item["description"] = p.BodyHtml ?? "";
        item["status"] = WooProductStatus.For(push.Status);
        if (IsVariable(p))
        {
            item["type"] = "variable";
            if (ParentSku(p) is { } parentSku) item["sku"] = parentSku;
            item["manage_stock"] = false;
            var names = AttributeNames(p);
            item["attributes"] = names.Select((name, i) => new Dictionary<string, object?>
            {
                ["name"] = name,
                ["position"] = i,
                ["visible"] = true,
                ["variation"] = true,
                ["options"] = p.Variants.Select(v => OptionValue(p, v, i)).Distinct(StringComparer.Ordinal).ToList(),
            }).ToList();
        }
        else
        {
            var v = p.Variants.Length == 1 ? p.Variants[0]
                : throw new ArgumentException($"Product {p.SourceProductCode} has no variant to sell.", nameof(push));
            item["type"] = "simple";
            item["sku"] = v.Sku;
            AddSellable(item, v, settings);
        }
        return item;
    }

    /// <summary>The variations/batch item for one variant: with <c>id</c> when the link names it.</summary>
    public static Dictionary<string, object?> Variation(ProductPush push, Variant v, WooCommerceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(settings);
        var item = new Dictionary<string, object?>();
        if (push.Link?.Ids.GetValueOrDefault(VariationKey(v.Sku)) is { Length: > 0 } id)
            item["id"] = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        item["sku"] = v.Sku;
        item["status"] = push.Status == ChannelProductStatus.Active && v.Active ? "publish" : "private";
        AddSellable(item, v, settings);
        var names = AttributeNames(push.Product);
        item["attributes"] = names.Select((name, i) => new Dictionary<string, object?> { ["name"] = name, ["option"] = OptionValue(push.Product, v, i) }).ToList();
        return item;
    }

    /// <summary>A whole quantity for stock_quantity: floored, never below zero.</summary>
    public static int Whole(decimal quantity) => quantity <= 0 ? 0 : (int)Math.Floor(Math.Min(quantity, int.MaxValue));

    private static void AddSellable(Dictionary<string, object?> item, Variant v, WooCommerceSettings settings)
    {
        var (regular, sale) = WooPrices.For(v, settings.PriceTier, settings.CompareAtPriceTier);
        item["regular_price"] = regular;
        item["sale_price"] = sale;
        item["manage_stock"] = v.InventoryManagement;
        if (v.InventoryManagement) item["stock_quantity"] = Whole(v.Qty ?? v.QtyAvailability.Values.Sum());
    }

    private static List<string> AttributeNames(Product p) => p.Options.Length > 0 ? [.. p.Options.Take(3)] : ["SKU"];

    private static string OptionValue(Product p, Variant v, int index)
    {
        if (p.Options.Length == 0) return v.Sku;
        var value = index switch { 0 => v.Option1, 1 => v.Option2, _ => v.Option3 };
        return string.IsNullOrEmpty(value) ? v.Sku : value;
    }
}
