using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class OversellGuardTests
{
    [Fact]
    public async Task Push_WithUnraisedOrdersFromTwoChannels_HoldsTheirQuantityAndTheBufferBack()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var shop = await hub.AddChannelAsync("shop", """{"warehouses":["JHB"],"qty_buffer":2}""");
        var market = await hub.AddChannelAsync("market");
        source.Put(TestData.Product("S1", jhb: 10, cpt: 5));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        shop.Skus["S1"].Quantity.ShouldBe(8);
        market.Skus["S1"].Quantity.ShouldBe(15);

        source.Down = true;
        shop.Orders["#S1"] = TestData.Order("#S1", "S1", 3);
        market.Orders["#M1"] = TestData.Order("#M1", "S1", 2);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.EnqueueAsync("market", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync(advanceTime: false);

        shop.Skus["S1"].Quantity.ShouldBe(10 - 5 - 2);
        market.Skus["S1"].Quantity.ShouldBe(15 - 5);
        source.Orders.ShouldBeEmpty();

        // The ERP comes back: both orders are raised and allocated there, so the hub no longer holds them back itself.
        source.Down = false;
        source.Put(TestData.Product("S1", jhb: 5, cpt: 5));
        await hub.RunJobsAsync();
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        source.Orders.Count.ShouldBe(2);
        shop.Skus["S1"].Quantity.ShouldBe(5 - 2);
        market.Skus["S1"].Quantity.ShouldBe(10);
    }
}
