using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Mapping.Tests;

internal static class Catalog
{
    public static Variant Variant(string sku, decimal jhb = 10, decimal cpt = 5, decimal a = 100, decimal b = 120) => new()
    {
        SourceVariantCode = sku,
        Sku = sku,
        Price = 99,
        PriceTiers = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("A", a), KeyValuePair.Create("B", b)]),
        QtyAvailability = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("JHB", jhb), KeyValuePair.Create("CPT", cpt)]),
    };

    public static Product Product(string code = "P1", params Variant[] variants) => new()
    {
        SourceProductCode = code,
        Title = "Product " + code,
        Tags = ["web"],
        Variants = variants.Length == 0 ? [Variant(code + "-S")] : [.. variants],
    };
}
