using Stockbridge.Connectors.Compliance;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>Products as the ERP would give them: the compliance kit's sample, with an RRP tier for compare-at prices.</summary>
public static class SampleCatalog
{
    public static Product Product(string code, params string[] skus)
    {
        var product = SampleRecords.Product(code, skus);
        return product with
        {
            Title = $"Product {code}",
            Variants = [.. product.Variants.Select((v, i) => v with { PriceTiers = v.PriceTiers.Add("RRP", 150m + i) })],
        };
    }
}
