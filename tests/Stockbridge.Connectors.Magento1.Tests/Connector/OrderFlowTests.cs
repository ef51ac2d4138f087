using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento1.Tests.Simulator;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>Orders polled on updated_at with the overlap, the ERP number written back once, shipments with tracking.</summary>
public sealed class OrderFlowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_poll_reaches_back_by_the_overlap_and_no_further()
    {
        var time = new FakeTimeProvider(Start);
        await using var store = await TestStore.StartAsync(time);
        TestStore.CreateSimple(store, "POLL-1", "10.00", 10);
        await using var connector = TestConnector.For(store, time);
        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("POLL-1", 1)]), TestContext.Current.CancellationToken);

        var withinOverlap = await CodesAsync(connector, Start.AddMinutes(4));
        var pastOverlap = await CodesAsync(connector, Start.AddMinutes(6));

        Assert.Equal([placed.OrderCode], withinOverlap);
        Assert.Empty(pastOverlap);
    }

    [Fact]
    public async Task An_order_read_twice_is_the_same_order_and_its_erp_number_is_written_once()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "ONCE-1", "10.00", 10);
        await using var connector = TestConnector.For(store, TimeProvider.System);
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("ONCE-1", 3)], DiscountCode: "SAVE10"), TestContext.Current.CancellationToken);

        var first = Assert.Single(await OrdersAsync(connector, since));
        await connector.MarkOrderRaisedAsync(first, "SO-5001", TestContext.Current.CancellationToken);
        var again = Assert.Single(await OrdersAsync(connector, since));
        await connector.MarkOrderRaisedAsync(again, "SO-5001", TestContext.Current.CancellationToken);

        Assert.Equal(first.ChannelOrderCode, again.ChannelOrderCode);
        Assert.Equal(placed.PaidExTax, OrderValue.ExTax(again));
        Assert.Equal(["SAVE10"], again.DiscountCodes);
        Assert.Equal(["SO-5001"], (await store.ReadOrderAsync(placed.OrderCode, TestContext.Current.CancellationToken))!.ErpOrderNumbers);
        Assert.Single(store.Store.FindOrder(placed.OrderCode).History, h => h.Comment == "ERP order: SO-5001");
    }

    [Fact]
    public async Task A_fulfilment_ships_the_lines_and_adds_the_tracking_number()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "SHIP-1", "10.00", 10);
        TestStore.CreateSimple(store, "SHIP-2", "20.00", 10);
        await using var connector = TestConnector.For(store, TimeProvider.System);
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("SHIP-1", 2), new ShopperLine("SHIP-2", 1)]), TestContext.Current.CancellationToken);
        var order = Assert.Single(await OrdersAsync(connector, since));

        await connector.PushFulfillmentAsync(order, new Domain.Orders.Fulfillment { ChannelOrderCode = order.ChannelOrderCode, Lines = [new FulfillmentLine("SHIP-1", 2)], TrackingNumber = "TRK-1", TrackingCompany = "Courier Guy" }, TestContext.Current.CancellationToken);
        await connector.PushFulfillmentAsync(order, new Domain.Orders.Fulfillment { ChannelOrderCode = order.ChannelOrderCode, Lines = [new FulfillmentLine("SHIP-2", 1)], TrackingNumber = "TRK-2", TrackingCompany = "Courier Guy" }, TestContext.Current.CancellationToken);

        var held = await store.ReadOrderAsync(placed.OrderCode, TestContext.Current.CancellationToken);
        Assert.Equal(["TRK-1", "TRK-2"], held!.TrackingNumbers);
        Assert.Equal("complete", held.Status);
        var more = new Domain.Orders.Fulfillment { ChannelOrderCode = order.ChannelOrderCode, Lines = [new FulfillmentLine("SHIP-1", 1)], TrackingNumber = "TRK-3" };
        var refused = await Assert.ThrowsAsync<Errors.PermanentConnectorException>(() => connector.PushFulfillmentAsync(order, more, TestContext.Current.CancellationToken));
        Assert.Contains("left to ship", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> CodesAsync(Magento1Connector connector, DateTimeOffset since)
    {
        var codes = new List<string>();
        await foreach (var entry in connector.ListOrdersAsync(since, TestContext.Current.CancellationToken)) codes.Add(entry.ChannelOrderCode);
        return codes;
    }

    private static async Task<List<Order>> OrdersAsync(IChannelConnector connector, DateTimeOffset since)
    {
        var orders = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(since, TestContext.Current.CancellationToken)) orders.Add(order);
        return orders;
    }
}
