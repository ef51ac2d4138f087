using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento2.Tests.Support;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>The order poll: overlap, statuses, one yield per order per poll, write-backs that are safe to repeat.</summary>
public sealed class OrderPollTests
{
    [Fact]
    public async Task A_poll_reads_orders_changed_within_the_overlap_once_each_and_only_in_statuses_to_raise()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["poll_overlap_seconds"] = "60" });
        await connector.PushProductsAsync([TestStore.Simple("OP-1", 20m, 50)], TestContext.Current.CancellationToken);
        var placed = new List<string>();
        for (var i = 0; i < 5; i++)
            placed.Add((await store.Simulator.PlaceOrderAsync(new ShopperOrder([new("OP-1", 1)]), TestContext.Current.CancellationToken)).OrderCode);
        store.Simulator.Shop.Store.Read(s => s.Orders.Values.First(o => o.IncrementId == placed[4]).Status = "pending");

        // The hub asks from 30 s in the future: the 60 s overlap still reaches back to the orders just placed.
        var read = await ReadAsync(connector, TimeProvider.System.GetUtcNow().AddSeconds(30));

        read.Select(o => o.ChannelOrderCode).ShouldBe(placed.Take(4));
        (await ReadAsync(connector, TimeProvider.System.GetUtcNow().AddSeconds(90))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Marking_raised_and_shipping_twice_write_one_comment_and_one_track()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect();
        await connector.PushProductsAsync([TestStore.Simple("OP-2", 20m, 50)], TestContext.Current.CancellationToken);
        var placed = await store.Simulator.PlaceOrderAsync(new ShopperOrder([new("OP-2", 3)]), TestContext.Current.CancellationToken);
        var order = (await ReadAsync(connector, TimeProvider.System.GetUtcNow().AddMinutes(-1))).ShouldHaveSingleItem();
        var fulfillment = new Domain.Orders.Fulfillment { ChannelOrderCode = order.ChannelOrderCode, Lines = [new FulfillmentLine("OP-2", 3)], TrackingNumber = "TRK-1", TrackingCompany = "Courier Guy" };

        for (var i = 0; i < 2; i++)
        {
            await connector.MarkOrderRaisedAsync(order, "SO-900", TestContext.Current.CancellationToken);
            await connector.PushFulfillmentAsync(order, fulfillment, TestContext.Current.CancellationToken);
        }

        var held = await store.Simulator.ReadOrderAsync(placed.OrderCode, TestContext.Current.CancellationToken);
        held!.ErpOrderNumbers.ShouldBe(["SO-900"]);
        held.TrackingNumbers.ShouldBe(["TRK-1"]);
        store.Simulator.Shop.Store.Read(s => s.Shipments.Count).ShouldBe(1);
        store.Simulator.Shop.Store.Read(s => s.Orders.Values.Single().Comments.Count(c => c.Comment.Contains("SO-900", StringComparison.Ordinal))).ShouldBe(1);
    }

    [Fact]
    public async Task Legacy_stock_items_carry_the_quantity_and_snapshots_read_it()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["stock_api"] = "legacy" });
        await connector.PushProductsAsync([TestStore.Simple("OP-3", 20m, 4)], TestContext.Current.CancellationToken);

        var outcome = (await connector.PushStockAsync([new StockPush("OP-3", null, 9, null, null)], TestContext.Current.CancellationToken)).ShouldHaveSingleItem();

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        (await store.Simulator.ReadProductAsync("OP-3", TestContext.Current.CancellationToken))!.Quantity.ShouldBe(9m);
        var snapshot = (await connector.ReadSnapshotsAsync(["OP-3"], TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        snapshot.Quantity.ShouldBe(9m);
        snapshot.Price.ShouldBe(20m);
        snapshot.Status.ShouldBe(ChannelProductStatus.Active);
    }

    private static async Task<List<Order>> ReadAsync(Magento2Connector connector, DateTimeOffset since)
    {
        var orders = new List<Order>();
        await foreach (var o in connector.ReadOrdersAsync(since, TestContext.Current.CancellationToken)) orders.Add(o);
        return orders;
    }
}
