using Stockbridge.Connectors.Channel;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Pull;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Pull;

public class SourcePullHandlerTests
{
    private static async Task<(SyncHarness Hub, InMemorySource Source, InMemoryChannel Channel)> SyncedAsync(int products = 3)
    {
        var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop", """{"price_tier":"A","compare_at_tier":"B"}""");
        for (var i = 1; i <= products; i++) source.Put(TestData.Product($"P{i}"));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        return (hub, source, channel);
    }

    [Fact]
    public async Task Pull_FirstRun_StoresProductsCursorAndPushesEach()
    {
        var (hub, _, channel) = await SyncedAsync();
        await using var _1 = hub;
        (await hub.Store.Records.CountAsync(SyncHarness.Client, RecordEntity.Product, hub.Token)).ShouldBe(3);
        (await hub.Store.Schedule.GetCursorAsync(SyncHarness.Client, "erp", SourcePullHandler.ProductsCursor, hub.Token)).ShouldNotBeNull();
        channel.ProductPushes("P1").ShouldBe(1);
        channel.Skus["P2"].Price.ShouldBe(100);
        channel.Skus["P2"].CompareAtPrice.ShouldBe(150);
        channel.Skus["P2"].Quantity.ShouldBe(15);
    }

    [Fact]
    public async Task Pull_UnchangedRepull_EnqueuesNoPushesAndWritesNothing()
    {
        var (hub, source, channel) = await SyncedAsync();
        await using var _1 = hub;
        var pushJobs = await hub.PushJobCountAsync();
        var history = await hub.Store.Records.HistoryAsync(SyncHarness.Client, RecordEntity.Product, "P1", hub.Token);
        var pushes = channel.Log.Count;
        foreach (var code in new[] { "P1", "P2", "P3" }) source.Touch(code);

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        var pull = (await hub.JobsAsync(SyncJobKinds.SourcePull, JobState.Succeeded))[0];
        pull.Result.ShouldNotBeNull().ShouldContain("\"read\":3,\"written\":0");
        (await hub.PushJobCountAsync()).ShouldBe(pushJobs);
        (await hub.Store.Records.HistoryAsync(SyncHarness.Client, RecordEntity.Product, "P1", hub.Token)).Count.ShouldBe(history.Count);
        (await hub.Store.Records.GetAsync(SyncHarness.Client, RecordEntity.Product, "P1", hub.Token))!.Version.ShouldBe(1);
        channel.Log.Count.ShouldBe(pushes);
    }

    [Fact]
    public async Task Pull_PriceChange_PushesExactlyThatProductOnce()
    {
        var (hub, source, channel) = await SyncedAsync();
        await using var _1 = hub;
        source.Put(TestData.Product("P2", tierA: 110));

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        channel.ProductPushes("P2").ShouldBe(2);
        channel.ProductPushes("P1").ShouldBe(1);
        channel.ProductPushes("P3").ShouldBe(1);
        channel.Skus["P2"].Price.ShouldBe(110);
        (await hub.Store.Records.GetLinkAsync(SyncHarness.Client, "shop", RecordEntity.Product, "P2", hub.Token))!.PushedHash.ShouldNotBeNull();
    }

    [Fact]
    public async Task Pull_StockOnlyChange_QueuesStockPushWithHigherPriority()
    {
        var (hub, source, channel) = await SyncedAsync();
        await using var _1 = hub;
        source.Put(TestData.Product("P3", jhb: 4));

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        var worker = hub.Get<Stockbridge.Engine.Workers.JobWorker>();
        var claimed = await worker.ClaimAsync(1, hub.Token);
        claimed.Single().Job.Kind.ShouldBe(SyncJobKinds.SourcePull);
        await worker.RunAsync(claimed[0], hub.Token);

        var pending = await hub.JobsAsync(SyncJobKinds.ChannelPushStock, JobState.Pending);
        pending.Single().Key.ShouldBe("P3");
        pending[0].Priority.ShouldBeGreaterThan(SyncPriorities.Normal);
        (await hub.JobsAsync(SyncJobKinds.ChannelPush, JobState.Pending)).ShouldBeEmpty();

        await hub.RunJobsAsync();
        channel.Log.ShouldContain(("stock", "P3", "9"));
        channel.ProductPushes("P3").ShouldBe(1);
        channel.Skus["P3"].Quantity.ShouldBe(9);
    }

    [Fact]
    public async Task Pull_DeactivatedProduct_IsPushedWithTheConfiguredInactiveStatus()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var archive = await hub.AddChannelAsync("shop", """{"inactive_action":"archive"}""");
        var delete = await hub.AddChannelAsync("market", """{"inactive_action":"delete"}""");
        source.Put(TestData.Product("P1"));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        archive.Skus["P1"].Status.ShouldBe(ChannelProductStatus.Active);

        source.Put(TestData.Product("P1", active: false));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        archive.Skus["P1"].Status.ShouldBe(ChannelProductStatus.Archived);
        delete.Log.Last().ShouldBe(("product", "P1", "deleted"));
        delete.Skus.ContainsKey("P1").ShouldBeFalse();

        source.Put(TestData.Product("P1"));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        delete.Skus["P1"].Status.ShouldBe(ChannelProductStatus.Active);
        var link = (await hub.Store.Records.GetLinkAsync(SyncHarness.Client, "market", RecordEntity.Product, "P1", hub.Token))!;
        link.ExternalId.ShouldStartWith("gid://test/Product/");
        archive.Skus["P1"].Status.ShouldBe(ChannelProductStatus.Active);
    }

    [Fact]
    public async Task Pull_NewInactiveProduct_IsNotCreatedOnTheChannel()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("OLD", active: false));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        channel.Log.ShouldBeEmpty();
        (await hub.JobsAsync(SyncJobKinds.ChannelPush, JobState.Succeeded)).Single().Result.ShouldNotBeNull().ShouldContain("skipped");
    }

    [Fact]
    public async Task Pull_FullReadSourceDropsAProduct_ItFollowsTheInactiveRule()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddFullReadSourceAsync("csv");
        var channel = await hub.AddChannelAsync("shop", """{"inactive_action":"archive"}""");
        source.Put(TestData.Product("P1"));
        source.Put(TestData.Product("P2"));
        await hub.EnqueueAsync("csv", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        source.Remove("P2");
        await hub.EnqueueAsync("csv", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        channel.Skus["P2"].Status.ShouldBe(ChannelProductStatus.Archived);
        channel.Skus["P1"].Status.ShouldBe(ChannelProductStatus.Active);
        channel.ProductPushes("P1").ShouldBe(1);
    }

    [Fact]
    public async Task Push_ChannelRejectsTheRecord_FailsItsJobWithTheChannelsReason()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        channel.Rejects["BAD"] = "Variant price must be greater than 0";
        source.Put(TestData.Product("BAD"));
        source.Put(TestData.Product("OK"));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        var failed = (await hub.JobsAsync(SyncJobKinds.ChannelPush, JobState.Failed)).Single();
        failed.Key.ShouldBe("BAD");
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNull().ShouldContain("Variant price must be greater than 0");
        (await hub.Store.Records.HistoryAsync(SyncHarness.Client, RecordEntity.Product, "BAD", hub.Token))[^1].Action.ShouldBe(SyncAuditActions.PushFailed);
        channel.Skus.ContainsKey("OK").ShouldBeTrue();
    }
}
