using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Tests.Support;

internal static class TestData
{
    public static Product Product(string code, decimal jhb = 10, decimal cpt = 5, decimal tierA = 100, decimal tierB = 150, bool active = true) => new()
    {
        SourceProductCode = code,
        Title = "Product " + code,
        Active = active,
        Variants =
        [
            new Variant
            {
                SourceVariantCode = code,
                Sku = code,
                Price = tierA,
                PriceTiers = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("A", tierA), KeyValuePair.Create("B", tierB)]),
                QtyAvailability = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("JHB", jhb), KeyValuePair.Create("CPT", cpt)]),
            },
        ],
    };

    public static Order Order(string code, string sku, decimal qty, string? email = "shopper@web.test") => new()
    {
        Channel = "memchannel",
        ChannelOrderCode = code,
        Customer = new Customer { SourceCustomerCode = "", Email = email },
        LineItems = [new LineItem { Sku = sku, Qty = qty, Price = 100 }],
        ShippingLines = [new ShippingLine("std", "Courier", 60)],
    };
}
