using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Push;

/// <summary>Stock is written with compare-and-swap against what the hub last wrote (ChannelStockWriter).</summary>
public sealed class StockCompareAndSwapTests
{
    [Fact]
    public async Task SaleTheHubHasNotSeen_IsNeverOverwritten_AndTheOrderThatArrivesSettlesIt()
    {
        var (hub, source, shop) = await StartWithTenOnTheShopAsync();
        await using var _ = hub;

        shop.Skus["S1"] = shop.Skus["S1"] with { Quantity = 7 }; // the shop sold 3; the order has not reached the hub
        source.Put(TestData.Product("S1", jhb: 12, cpt: 0));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync(advanceTime: false);

        shop.Skus["S1"].Quantity.ShouldBe(7); // 12 would have sold the 3 again
        var refused = (await hub.JobsAsync(SyncJobKinds.ChannelPushStock)).ShouldHaveSingleItem();
        refused.State.ShouldBe(JobState.Pending);
        refused.LastError.ShouldNotBeNull().ShouldContain("S1");

        source.Down = true; // the order stays unraised: the guard holds its 3 back
        shop.Orders["#S1"] = TestData.Order("#S1", "S1", 3);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        shop.Skus["S1"].Quantity.ShouldBe(12 - 3);
        shop.Log.Where(l => l.Kind == "stock" && l.Key == "S1").Select(l => l.Value).ShouldNotContain("12");
    }

    [Fact]
    public async Task SaleTheHubHasTakenIn_AlreadyHoldsTheProjection_SettledWithoutARetry()
    {
        var (hub, source, shop) = await StartWithTenOnTheShopAsync();
        await using var _ = hub;
        var writes = shop.Log.Count(l => l.Kind == "stock");

        source.Down = true;
        shop.Skus["S1"] = shop.Skus["S1"] with { Quantity = 7 }; // the shop took 3 off for the order it reports below
        shop.Orders["#S1"] = TestData.Order("#S1", "S1", 3);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync(advanceTime: false);

        shop.Skus["S1"].Quantity.ShouldBe(7);
        shop.Log.Count(l => l.Kind == "stock").ShouldBe(writes); // nothing needed writing
        (await hub.JobsAsync(SyncJobKinds.ChannelPushStock)).ShouldAllBe(j => j.State == JobState.Succeeded && j.Attempts == 1);
    }

    [Fact]
    public async Task PersonEditsStockOnTheChannel_TheErpWinsOnTheRetry()
    {
        var (hub, source, shop) = await StartWithTenOnTheShopAsync();
        await using var _ = hub;

        shop.Skus["S1"] = shop.Skus["S1"] with { Quantity = 50 }; // typed in by hand, no order behind it
        source.Put(TestData.Product("S1", jhb: 11, cpt: 0));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        shop.Skus["S1"].Quantity.ShouldBe(11);
        var push = (await hub.JobsAsync(SyncJobKinds.ChannelPushStock)).ShouldHaveSingleItem();
        push.State.ShouldBe(JobState.Succeeded);
        push.Attempts.ShouldBe(2);
    }

    // S1 in the ERP with 10 in JHB, pushed: the shop holds 10 and the hub remembers writing 10.
    private static async Task<(SyncHarness Hub, InMemorySource Source, InMemoryChannel Shop)> StartWithTenOnTheShopAsync()
    {
        var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var shop = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 10, cpt: 0));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        shop.Skus["S1"].Quantity.ShouldBe(10);
        return (hub, source, shop);
    }
}
