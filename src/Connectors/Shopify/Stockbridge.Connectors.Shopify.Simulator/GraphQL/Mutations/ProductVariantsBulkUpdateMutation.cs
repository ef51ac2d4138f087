using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>productVariantsBulkUpdate</c>: prices, barcode, SKU, policy for many variants of one product.</summary>
public static class ProductVariantsBulkUpdateMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var errors = new List<GraphObject>();
        var product = Gid.Parse(c.GetArgument<string>("productId"), "Product") is { } pid ? s.Products.GetValueOrDefault(pid) : null;
        var inputs = c.GetArgument<List<Dictionary<string, object?>>>("variants");
        if (product is null)
            return Result(null, null, [UserErrors.Of("PRODUCT_DOES_NOT_EXIST", "Product does not exist", "productId")], s);
        var targets = new List<(SimVariant Variant, Dictionary<string, object?> Input)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var variant = Gid.Parse(Input.Str(inputs[i], "id"), "ProductVariant") is { } vid ? product.Variants.FirstOrDefault(v => v.Id == vid) : null;
            if (variant is null) errors.Add(UserErrors.Of("PRODUCT_VARIANT_DOES_NOT_EXIST", "Product variant does not exist", "variants", i, "id"));
            else if (Input.Dec(inputs[i], "price") is < 0) errors.Add(UserErrors.Of("INVALID_INPUT", "Price must be non-negative", "variants", i, "price"));
            else targets.Add((variant, inputs[i]));
        }
        if (errors.Count > 0 && c.GetArgument<bool>("allowPartialUpdates") == false) return Result(null, null, errors, s);
        foreach (var (variant, input) in targets)
        {
            if (Input.Dec(input, "price") is { } price) variant.Price = price;
            if (Input.Has(input, "compareAtPrice")) variant.CompareAtPrice = Input.Dec(input, "compareAtPrice");
            if (Input.Has(input, "barcode")) variant.Barcode = Input.Str(input, "barcode");
            if (Input.Str(input, "inventoryPolicy") is { } policy) variant.InventoryPolicy = policy;
            if (input.GetValueOrDefault("inventoryItem") is IDictionary<string, object?> item && Input.Has(item, "sku")) variant.Sku = Input.Str(item, "sku");
            variant.UpdatedAt = s.Now;
        }
        product.UpdatedAt = s.Now;
        s.AdminWrites++;
        s.Publish("products/update", RestPayloads.Product(product, s));
        return Result(product, targets.Select(t => t.Variant), errors, s);
    }

    private static GraphObject Result(SimProduct? product, IEnumerable<SimVariant>? variants, List<GraphObject> errors, ShopState s) => new()
    {
        ["product"] = product is null ? null : CatalogViews.Product(product, s),
        ["productVariants"] = variants?.Select(v => CatalogViews.Variant(v, s)).ToList(),
        ["userErrors"] = errors,
    };
}
