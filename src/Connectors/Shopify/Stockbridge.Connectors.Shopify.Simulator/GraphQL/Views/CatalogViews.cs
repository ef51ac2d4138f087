using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Products, variants, inventory and locations as GraphQL objects.</summary>
public static class CatalogViews
{
    public static GraphObject Product(SimProduct p, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("Product", p.Id),
        ["legacyResourceId"] = p.Id,
        ["title"] = p.Title,
        ["handle"] = p.Handle,
        ["descriptionHtml"] = p.DescriptionHtml,
        ["vendor"] = p.Vendor,
        ["productType"] = p.ProductType,
        ["status"] = p.Status,
        ["tags"] = p.Tags.ToList(),
        ["createdAt"] = p.CreatedAt,
        ["updatedAt"] = p.UpdatedAt,
        ["options"] = p.Options.Select((o, i) => Option(o, i + 1)).ToList(),
        ["variantsCount"] = new GraphObject { ["count"] = p.Variants.Count, ["precision"] = "EXACT" },
    }
    .Lazy("totalInventory", () => p.Variants.Sum(v => TotalAvailable(v, s)))
    .Lazy("variants", () => p.Variants.OrderBy(v => v.Position).Select(v => Variant(v, s)).ToList())
    .WithArgs("metafields", c => MetafieldViews.For(s, Gid.For("Product", p.Id), c))
    .WithArgs("metafield", c => MetafieldViews.One(s, Gid.For("Product", p.Id), c));

    public static GraphObject Variant(SimVariant v, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("ProductVariant", v.Id),
        ["legacyResourceId"] = v.Id,
        ["title"] = v.Title,
        ["sku"] = v.Sku,
        ["barcode"] = v.Barcode,
        ["price"] = v.Price,
        ["compareAtPrice"] = v.CompareAtPrice,
        ["inventoryPolicy"] = v.InventoryPolicy,
        ["position"] = v.Position,
        ["taxable"] = v.Taxable,
        ["createdAt"] = v.CreatedAt,
        ["updatedAt"] = v.UpdatedAt,
        ["selectedOptions"] = v.OptionValues.Select(o => new GraphObject { ["name"] = o.Key, ["value"] = o.Value }).ToList(),
    }
    .Lazy("displayName", () => $"{s.Products[v.ProductId].Title} - {v.Title}")
    .Lazy("inventoryQuantity", () => TotalAvailable(v, s))
    .Lazy("product", () => Product(s.Products[v.ProductId], s))
    .Lazy("inventoryItem", () => InventoryItem(v, s))
    .WithArgs("metafields", c => MetafieldViews.For(s, Gid.For("ProductVariant", v.Id), c));

    public static GraphObject InventoryItem(SimVariant v, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("InventoryItem", v.InventoryItemId),
        ["legacyResourceId"] = v.InventoryItemId,
        ["sku"] = v.Sku,
        ["tracked"] = v.Tracked,
    }
    .Lazy("variant", () => Variant(v, s))
    .Lazy("inventoryLevels", () => s.Locations
        .Where(l => s.Available(v.InventoryItemId, l.Id) is not null)
        .Select(l => InventoryLevel(v, l, s)).ToList())
    .WithArgs("inventoryLevel", c =>
    {
        var location = Gid.Parse(c.GetArgument<string>("locationId"), "Location") is { } id ? s.LocationById(id) : null;
        return location is null || s.Available(v.InventoryItemId, location.Id) is null ? null : InventoryLevel(v, location, s);
    });

    public static GraphObject InventoryLevel(SimVariant v, SimLocation l, ShopState s) => new GraphObject
    {
        ["id"] = $"gid://shopify/InventoryLevel/{v.InventoryItemId}?inventory_item_id={v.InventoryItemId}&location_id={l.Id}",
        ["location"] = Location(l),
        ["updatedAt"] = v.UpdatedAt,
    }
    .Lazy("item", () => InventoryItem(v, s))
    .WithArgs("quantities", c => c.GetArgument<List<string>>("names").Select(name => new GraphObject
    {
        ["id"] = $"gid://shopify/InventoryQuantity/{v.InventoryItemId}?location_id={l.Id}&name={name}",
        ["name"] = name,
        ["quantity"] = name is "available" or "on_hand" ? s.Available(v.InventoryItemId, l.Id) ?? 0 : 0,
        ["updatedAt"] = v.UpdatedAt,
    }).ToList());

    public static GraphObject Location(SimLocation l) => new()
    {
        ["id"] = Gid.For("Location", l.Id),
        ["legacyResourceId"] = l.Id,
        ["name"] = l.Name,
        ["isActive"] = l.IsActive,
        ["fulfillsOnlineOrders"] = l.IsActive,
    };

    private static GraphObject Option(SimOption o, int position) => new()
    {
        ["id"] = Gid.For("ProductOption", o.Id),
        ["name"] = o.Name,
        ["position"] = position,
        ["values"] = o.Values.ToList(),
        ["optionValues"] = o.Values.Select((v, i) => new GraphObject { ["id"] = Gid.For("ProductOptionValue", o.Id * 100 + i), ["name"] = v }).ToList(),
    };

    private static int TotalAvailable(SimVariant v, ShopState s) =>
        s.Locations.Sum(l => s.Available(v.InventoryItemId, l.Id) ?? 0);
}
