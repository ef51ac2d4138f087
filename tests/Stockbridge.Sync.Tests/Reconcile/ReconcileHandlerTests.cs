using Stockbridge.Connectors.Channel;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Queries;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Reconcile;

public class ReconcileHandlerTests
{
    private static async Task<(SyncHarness Hub, InMemorySource Source, InMemoryChannel Channel)> SyncedAsync()
    {
        var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop", """{"price_tier":"A","compare_at_tier":"B"}""");
        foreach (var code in new[] { "P1", "P2", "P3" }) source.Put(TestData.Product(code));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        return (hub, source, channel);
    }

    [Fact]
    public async Task Reconcile_NoDrift_ChecksEverythingAndPushesNothing()
    {
        var (hub, _, channel) = await SyncedAsync();
        await using var _1 = hub;
        var pushes = channel.Log.Count;
        await hub.EnqueueAsync("shop", SyncJobKinds.Reconcile);
        await hub.RunJobsAsync();

        channel.Log.Count.ShouldBe(pushes);
        var report = (await hub.Get<DriftReportQuery>().ForClientAsync(SyncHarness.Client, hub.Token)).Single();
        report.Checked.ShouldBe(3);
        report.Drifted.ShouldBe(0);
    }

    [Fact]
    public async Task Reconcile_ChannelEditedByHand_RecordsDriftAndHealsIt()
    {
        var (hub, _, channel) = await SyncedAsync();
        await using var _1 = hub;
        channel.Skus["P2"] = channel.Skus["P2"] with { Quantity = 99 };
        channel.Skus["P3"] = channel.Skus["P3"] with { Price = 1, Status = ChannelProductStatus.Hidden };

        await hub.EnqueueAsync("shop", SyncJobKinds.Reconcile);
        await hub.RunJobsAsync();

        channel.Skus["P2"].Quantity.ShouldBe(15);
        channel.Skus["P3"].Price.ShouldBe(100);
        channel.Skus["P3"].Status.ShouldBe(ChannelProductStatus.Active);
        var history = await hub.Store.Records.HistoryAsync(SyncHarness.Client, RecordEntity.Product, "P2", hub.Token);
        history.Single(a => a.Action == SyncAuditActions.Drift).Detail.ShouldContain("qty: channel 99, hub 15");
        history[^1].Action.ShouldBe(SyncAuditActions.Pushed);
        history[^1].Detail.ShouldContain("reason drift");
        var report = (await hub.Get<DriftReportQuery>().ForClientAsync(SyncHarness.Client, hub.Token)).Single();
        report.Checked.ShouldBe(3);
        report.Drifted.ShouldBe(2);
        report.Healed.ShouldBe(2);
        report.Examples.Select(e => e.Sku).ShouldBe(["P2", "P3"]);
    }

    [Fact]
    public async Task Reconcile_ProductMissingOnChannelOrNeverPushed_QueuesPushes()
    {
        var (hub, _, channel) = await SyncedAsync();
        await using var _1 = hub;
        channel.Skus.TryRemove("P1", out _);
        var late = await hub.AddChannelAsync("late");

        await hub.EnqueueAsync("shop", SyncJobKinds.Reconcile);
        await hub.EnqueueAsync("late", SyncJobKinds.Reconcile);
        await hub.RunJobsAsync();

        channel.Skus.ContainsKey("P1").ShouldBeTrue();
        late.Skus.Keys.Order().ShouldBe(["P1", "P2", "P3"]);
        (await hub.Store.Records.ListLinksAsync(SyncHarness.Client, "late", RecordEntity.Product, null, 10, hub.Token)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Reconcile_OrderTheHubMissed_IsTakenInAndRaised()
    {
        var (hub, source, channel) = await SyncedAsync();
        await using var _1 = hub;
        channel.Orders["#42"] = TestData.Order("#42", "P1", 1) with { PlacedAt = hub.Time.GetUtcNow().AddHours(-1) };

        await hub.EnqueueAsync("shop", SyncJobKinds.Reconcile);
        await hub.RunJobsAsync();

        source.Orders.Keys.ShouldBe(["#42"]);
        (await hub.Get<DriftReportQuery>().ForClientAsync(SyncHarness.Client, hub.Token)).Single().OrdersTakenIn.ShouldBe(1);
    }
}
