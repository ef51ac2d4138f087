using Stockbridge.Domain.Orders;

namespace Stockbridge.Domain.Tests.Orders;

public class OrderValueTests
{
    [Fact]
    public void Allocate_TenAcrossThreeEqualLines_SplitsAsShopifyDoes()
    {
        // Shopify's sample order #1001: TENOFF 10.00 across three 199.00 lines is allocated 3.34 / 3.33 / 3.33.
        OrderValue.Allocate(10m, [199m, 199m, 199m]).ShouldBe([3.34m, 3.33m, 3.33m]);
    }

    [Fact]
    public void Allocate_SharesAlwaysAddUpToTheAmount()
    {
        OrderValue.Allocate(0.05m, [1m, 1m, 1m]).Sum().ShouldBe(0.05m);
        OrderValue.Allocate(-7.01m, [3m, 5m, 11m]).Sum().ShouldBe(-7.01m);
        OrderValue.Allocate(100m, [0m, 0m]).ShouldBe([100m, 0m]);
    }

    [Fact]
    public void ExTax_UnallocatedOrderDiscount_IsSpreadOverLinesAndShippingNetIsAdded()
    {
        var order = new Order
        {
            Channel = "test", ChannelOrderCode = "#1",
            LineItems = [new LineItem { Sku = "A", Qty = 2, Price = 10m }, new LineItem { Sku = "B", Qty = 1, Price = 30m, TotalDiscount = 5m }],
            UnallocatedDiscount = 4.5m,
            ShippingLines = [new ShippingLine("std", "Courier", 60m, 10m)],
        };

        var nets = OrderValue.LineNets(order);

        nets.Sum().ShouldBe(20m + 25m - 4.5m);
        nets.ShouldBe([18m, 22.5m]);
        OrderValue.ExTax(order).ShouldBe(40.5m + 50m);
    }

    [Fact]
    public void LineNet_ChannelNetTotal_WinsOverPriceTimesQuantity()
    {
        // A tax-inclusive shop: 99.99 incl. 15% is 86.9478... ex tax; the channel's own net (to the cent) is what was charged.
        new LineItem { Sku = "A", Qty = 3, Price = 86.9478m, NetTotal = 260.84m }.ShouldSatisfyAllConditions(
            l => OrderValue.LineNet(l).ShouldBe(260.84m));
    }
}
