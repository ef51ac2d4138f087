using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance;

/// <summary>Records the compliance tests hand a connector: unique codes, products as a source gives them, orders as a channel gives them.</summary>
public static class SampleRecords
{
    /// <summary>A code no earlier test used, e.g. <c>P-1A2B3C4D5E</c>.</summary>
    public static string UniqueCode(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>An active product with one variant per SKU, priced 100.00, 101.00, ... and stocked 10, 11, ...</summary>
    public static Product Product(string code, params string[] skus) => new()
    {
        SourceProductCode = code,
        Title = $"Compliance product {code}",
        BodyHtml = "<p>From the ERP</p>",
        Vendor = "Stockbridge",
        Options = skus.Length > 1 ? ["Size"] : [],
        Variants = [.. skus.Select((sku, i) => new Variant
        {
            SourceVariantCode = sku,
            Sku = sku,
            Option1 = skus.Length > 1 ? $"S{i}" : null,
            Price = 100m + i,
            PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 100m + i),
            Qty = 10 + i,
        })],
    };

    /// <summary>
    /// A channel order for a customer: two of <paramref name="sku"/> at 123.45 less a 10.00 line discount, and 50.00 shipping,
    /// worth 286.90 ex tax.
    /// </summary>
    public static Order Order(string channelOrderCode, string customer, string sku) => new()
    {
        Channel = "compliance",
        ChannelOrderCode = channelOrderCode,
        SourceCustomerCode = customer,
        LineItems = [new LineItem { Sku = sku, Title = "Compliance line", Qty = 2, Price = 123.45m, TotalDiscount = 10m }],
        ShippingLines = [new ShippingLine("standard", "Standard shipping", 50m)],
    };

    /// <summary>An order for several SKUs (one of each, 100.00 a unit), as a fulfilment service is handed it.</summary>
    public static Order OrderFor(string channelOrderCode, params string[] skus) => new()
    {
        Channel = "compliance",
        ChannelOrderCode = channelOrderCode,
        LineItems = [.. skus.Select(sku => new LineItem { Sku = sku, Title = "Compliance line " + sku, Qty = 1, Price = 100m })],
    };
}
