using System.Globalization;
using System.Text;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Products;

/// <summary>
/// Turns a projected product into productSet's input and identifier. Known products are addressed by the id on
/// their link, new ones by a handle made from the product code (so a retried create finds the first attempt's product).
/// Stock goes with every product push (absolute, as productSet allows); stock-only changes go through
/// inventorySetQuantities with compare-and-swap.
/// </summary>
public static class ProductSetInputBuilder
{
    public static Dictionary<string, object?> Identifier(ProductPush push) =>
        push.Link?.ExternalId is { Length: > 0 } id ? new() { ["id"] = id } : new() { ["handle"] = Handle(push.Product.SourceProductCode) };

    public static Dictionary<string, object?> Input(ProductPush push, ShopifySettings settings, string defaultLocation)
    {
        var p = push.Product;
        var options = OptionNames(p);
        return new Dictionary<string, object?>
        {
            ["title"] = p.Title,
            ["handle"] = push.Link is null ? Handle(p.SourceProductCode) : null,
            ["descriptionHtml"] = p.BodyHtml ?? "",
            ["vendor"] = p.Vendor ?? "",
            ["productType"] = p.ProductType ?? "",
            ["tags"] = p.Tags.ToList(),
            ["status"] = ShopifyProductStatus.For(push.Status, p.Active, settings.InactiveStatus),
            ["productOptions"] = options.Select((name, i) => new Dictionary<string, object?>
            {
                ["name"] = name,
                ["values"] = p.Variants.Select(v => OptionValue(p, v, i)).Distinct().Select(x => new Dictionary<string, object?> { ["name"] = x }).ToList(),
            }).ToList(),
            ["variants"] = p.Variants.Select(v => Variant(push, v, options, settings, defaultLocation)).ToList(),
        }.Where(kv => kv.Value is not null).ToDictionary();
    }

    public static string Handle(string productCode)
    {
        var slug = new StringBuilder();
        foreach (var ch in productCode.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.Length == 0 ? "product" : slug.ToString().Trim('-');
    }

    private static List<string> OptionNames(Product p) =>
        p.Options.Length > 0 ? p.Options.Take(3).ToList() : ["Title"];

    private static string OptionValue(Product p, Variant v, int index)
    {
        var value = index switch { 0 => v.Option1, 1 => v.Option2, _ => v.Option3 };
        if (!string.IsNullOrEmpty(value)) return value;
        return p.Options.Length == 0 && p.Variants.Length == 1 ? "Default Title" : v.Sku;
    }

    private static Dictionary<string, object?> Variant(ProductPush push, Variant v, List<string> options, ShopifySettings settings, string defaultLocation)
    {
        var price = PriceSelection.Price(v, settings.PriceTier);
        var variantId = push.Link?.Ids.GetValueOrDefault($"variant:{v.Sku}");
        var input = new Dictionary<string, object?>
        {
            ["optionValues"] = options.Select((name, i) => new Dictionary<string, object?> { ["optionName"] = name, ["name"] = OptionValue(push.Product, v, i) }).ToList(),
            ["sku"] = v.Sku,
            ["barcode"] = v.Barcode,
            ["price"] = price.ToString("0.00", CultureInfo.InvariantCulture),
            ["compareAtPrice"] = PriceSelection.CompareAt(v, settings.CompareAtPriceTier, price)?.ToString("0.00", CultureInfo.InvariantCulture),
            ["inventoryPolicy"] = "DENY",
            ["inventoryItem"] = new Dictionary<string, object?> { ["tracked"] = v.InventoryManagement },
        };
        if (variantId is not null) input["id"] = variantId;
        input["inventoryQuantities"] = StockQuantities.For(v, settings, defaultLocation)
            .Select(q => new Dictionary<string, object?> { ["locationId"] = q.Location, ["name"] = "available", ["quantity"] = q.Quantity }).ToList();
        return input;
    }
}
