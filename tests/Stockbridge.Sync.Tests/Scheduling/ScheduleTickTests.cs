using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Scheduling;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Scheduling;

public class ScheduleTickTests
{
    private static ScheduleTick Node(SyncHarness hub, string id) =>
        new(hub.Store, hub.Get<SyncConnections>(), Options.Create(new SyncOptions { NodeId = id }), NullLogger<ScheduleTick>.Instance);

    [Fact]
    public async Task Run_TwoNodesSameSlot_ScheduleEachTaskOnce()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp", """{"poll_interval_seconds":10}""");
        await hub.AddChannelAsync("shop", """{"order_poll_interval_seconds":20,"reconcile_interval_seconds":30}""");
        var (a, b) = (Node(hub, "node-a"), Node(hub, "node-b"));

        (await a.RunAsync(hub.Time.GetUtcNow(), hub.Token)).ShouldBe(3);
        (await b.RunAsync(hub.Time.GetUtcNow(), hub.Token)).ShouldBe(0);
        (await a.RunAsync(hub.Time.GetUtcNow(), hub.Token)).ShouldBe(3);

        (await hub.JobsAsync(SyncJobKinds.SourcePull)).Count.ShouldBe(1);
        (await hub.JobsAsync(SyncJobKinds.ChannelPollOrders)).Count.ShouldBe(1);
        (await hub.JobsAsync(SyncJobKinds.Reconcile)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Run_AfterTheInterval_SchedulesTheNextPull()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp", """{"poll_interval_seconds":10}""");
        var a = Node(hub, "node-a");
        await a.RunAsync(hub.Time.GetUtcNow(), hub.Token);
        await hub.RunJobsAsync(advanceTime: false);

        hub.Time.Advance(TimeSpan.FromSeconds(10));
        await a.RunAsync(hub.Time.GetUtcNow(), hub.Token);

        (await hub.JobsAsync(SyncJobKinds.SourcePull)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Run_NodeDiesItsLeaseRunsOut_AnotherNodeTakesOver()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp", """{"poll_interval_seconds":10}""");
        await Node(hub, "node-a").RunAsync(hub.Time.GetUtcNow(), hub.Token);
        await hub.RunJobsAsync(advanceTime: false);

        hub.Time.Advance(TimeSpan.FromSeconds(10));
        (await Node(hub, "node-b").RunAsync(hub.Time.GetUtcNow(), hub.Token)).ShouldBe(1);
    }

    [Fact]
    public async Task TasksOf_RulesOrDefaults_GiveTheIntervals()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp", "{}");
        await hub.AddChannelAsync("shop", """{"reconcile_interval_seconds":30}""");
        var tick = Node(hub, "n");
        var erp = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "erp", hub.Token))!;
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;

        tick.TasksOf(erp).ShouldBe([new ScheduledTask(SyncJobKinds.SourcePull, TimeSpan.FromSeconds(60))]);
        tick.TasksOf(erp with { Settings = new Dictionary<string, string> { ["poll_interval_seconds"] = "15" } })[0].Interval.ShouldBe(TimeSpan.FromSeconds(15));
        tick.TasksOf(shop).ShouldBe([new ScheduledTask(SyncJobKinds.ChannelPollOrders, TimeSpan.FromMinutes(5)), new ScheduledTask(SyncJobKinds.Reconcile, TimeSpan.FromSeconds(30))]);
        tick.TasksOf(shop with { RulesJson = """{"qty_buffer":"x"}""" }).ShouldBeEmpty();
    }
}
