using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.ISync.Tests.Support;

/// <summary>Channel orders as the hub hands them to the iSync connector.</summary>
public static class TestOrders
{
    /// <summary>A unique channel order code.</summary>
    public static string Code(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>Two of ISY-0001 at 123.45 less 10.00, 50.00 shipping, shipped to Cape Town: 286.90 ex VAT.</summary>
    public static Order Simple(string code) => new()
    {
        Channel = "shopify",
        ChannelOrderCode = code,
        LineItems = [new LineItem { Sku = "ISY-0001", Qty = 2, Price = 123.45m, TotalDiscount = 10m }],
        ShippingLines = [new ShippingLine("standard", "Standard", 50m)],
        ShippingAddress = new Address { FirstName = "Thandi", LastName = "Nkosi", Address1 = "12 Long Street", City = "Cape Town", Zip = "8001", CountryCode = "ZA" },
    };
}
