using System.Collections.Immutable;
using System.Globalization;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Bench.Shared;

/// <summary>A generated ERP catalogue: products of N variants (one variant: a simple product), priced on two tiers, stocked.</summary>
internal static class GeneratedCatalogue
{
    public static List<Product> Generate(int variants, int perProduct) =>
        [.. Enumerable.Range(0, (variants + perProduct - 1) / perProduct).Select(p => Product(p, Math.Min(perProduct, variants - p * perProduct)))];

    private static Product Product(int index, int count)
    {
        var code = "BENCH-" + index.ToString("D6", CultureInfo.InvariantCulture);
        return new Product
        {
            SourceProductCode = code,
            Title = $"Bench product {index}",
            Vendor = "Stockbridge",
            Options = count > 1 ? ["Size"] : [],
            Variants = [.. Enumerable.Range(0, count).Select(v => new Variant
            {
                SourceVariantCode = $"{code}-{v}",
                Sku = $"{code}-{v}",
                Option1 = count > 1 ? $"Size {v}" : null,
                Price = 100 + index % 50 + v,
                PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 100 + index % 50 + v).Add("RRP", 150 + index % 50 + v),
                Qty = (index + v) % 40,
            })],
        };
    }
}
