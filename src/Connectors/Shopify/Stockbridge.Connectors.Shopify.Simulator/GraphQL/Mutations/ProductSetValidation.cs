using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>The checks productSet runs on its variants before it changes anything.</summary>
public static class ProductSetValidation
{
    /// <summary>Stores allow up to 2048 variants per product (2025-10+).</summary>
    public const int MaxVariants = 2048;

    public static void CheckVariants(ShopState s, SimProduct? product, List<IDictionary<string, object?>> variants, List<GraphObject> errors)
    {
        if (variants.Count > MaxVariants)
            errors.Add(UserErrors.Of("VARIANTS_OVER_LIMIT", $"Products can have at most {MaxVariants} variants.", "input", "variants"));
        var combinations = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var options = Input.Objects(v, "optionValues");
            if (options.Count == 0)
                errors.Add(UserErrors.Of("INVALID_VARIANT", "Option values are required.", "input", "variants", i, "optionValues"));
            var key = string.Join("\u001f", options.Select(o => $"{Input.Str(o, "optionName")}={Input.Str(o, "name")}"));
            if (options.Count > 0 && !combinations.Add(key))
                errors.Add(UserErrors.Of("DUPLICATE_VARIANT", $"The variant '{string.Join(" / ", options.Select(o => Input.Str(o, "name")))}' already exists.", "input", "variants", i, "optionValues"));
            CheckPrice(v, "price", i, errors);
            CheckPrice(v, "compareAtPrice", i, errors);
            if (Input.Str(v, "id") is { } id && (Gid.Parse(id, "ProductVariant") is not { } vid || product?.Variants.All(x => x.Id != vid) != false))
                errors.Add(UserErrors.Of("PRODUCT_VARIANT_DOES_NOT_EXIST", "Product variant does not exist", "input", "variants", i, "id"));
            foreach (var (q, j) in Input.Objects(v, "inventoryQuantities").Select((q, j) => (q, j)))
            {
                if (Gid.Parse(Input.Str(q, "locationId"), "Location") is not { } loc || s.LocationById(loc) is null)
                    errors.Add(UserErrors.Of("INVALID_LOCATION", "The specified location does not exist.", "input", "variants", i, "inventoryQuantities", j, "locationId"));
            }
        }
    }

    private static void CheckPrice(IDictionary<string, object?> v, string key, int index, List<GraphObject> errors)
    {
        var text = Input.Str(v, key);
        if (text is null) return;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var price) || price < 0)
            errors.Add(UserErrors.Of("INVALID_VARIANT", $"{key} must be a non-negative amount, got '{text}'.", "input", "variants", index, key));
    }
}
