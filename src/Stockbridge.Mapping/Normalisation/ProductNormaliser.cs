using Stockbridge.Domain.Catalog;

namespace Stockbridge.Mapping.Normalisation;

/// <summary>
/// Tidies a product read from a source before it is hashed, so cosmetic noise never looks like a change: codes and SKUs
/// trimmed, blank and repeated tags dropped, repeated SKUs merged (the last wins). Pure: no I/O.
/// </summary>
public static class ProductNormaliser
{
    /// <summary>The tidy form of <paramref name="product"/>.</summary>
    public static Product Normalise(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var variants = product.Variants
            .Select(v => v with { Sku = v.Sku.Trim(), SourceVariantCode = v.SourceVariantCode.Trim() })
            .GroupBy(v => v.Sku, StringComparer.Ordinal)
            .Select(g => g.Last());
        return product with
        {
            SourceProductCode = product.SourceProductCode.Trim(),
            Tags = [.. product.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            Variants = [.. variants],
        };
    }
}
