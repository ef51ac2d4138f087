using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>Products as the ERP would give them.</summary>
public static class SampleCatalog
{
    public static Product Product(string code, params string[] skus) => new()
    {
        SourceProductCode = code,
        Title = $"Product {code}",
        BodyHtml = "<p>From the ERP</p>",
        Vendor = "Stockbridge",
        Options = skus.Length > 1 ? ["Size"] : [],
        Variants = [.. skus.Select((sku, i) => new Variant
        {
            SourceVariantCode = sku,
            Sku = sku,
            Option1 = skus.Length > 1 ? $"S{i}" : null,
            Price = 100m + i,
            PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 100m + i).Add("RRP", 150m + i),
            Qty = 10 + i,
        })],
    };
}
