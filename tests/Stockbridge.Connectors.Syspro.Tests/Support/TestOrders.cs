using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Support;

/// <summary>Channel orders for tests.</summary>
public static class TestOrders
{
    public static Order For(string channelOrderCode, string customer, string sku, decimal qty = 1, decimal price = 100m) => new()
    {
        Channel = "test-shop",
        ChannelOrderCode = channelOrderCode,
        SourceCustomerCode = customer,
        LineItems = [new LineItem { Sku = sku, Qty = qty, Price = price }],
    };
}
