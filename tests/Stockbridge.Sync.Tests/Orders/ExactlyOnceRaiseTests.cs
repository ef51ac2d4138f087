using System.Globalization;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Queries;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class ExactlyOnceRaiseTests
{
    [Fact]
    public async Task Raise_FiftyOrdersWhoseFirstAttemptCommitsThenTimesOut_RaisesEachExactlyOnce()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 500));
        source.CommitThenTimeOutOnFirstAttempt = true;
        var codes = Enumerable.Range(1, 50).Select(i => "#" + (1000 + i).ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var code in codes) channel.Orders[code] = TestData.Order(code, "S1", 1);

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        source.Orders.Count.ShouldBe(50);
        source.RaiseCalls.ShouldBe(50);
        var orders = hub.Get<OrderRecords>();
        foreach (var code in codes)
        {
            var order = (await orders.GetAsync(SyncHarness.Client, OrderRecords.Key("shop", code), hub.Token)).ShouldNotBeNull();
            order.State.ShouldBe(OrderState.Raised);
            order.SourceOrderCode.ShouldBe(source.Orders[code].Number);
            order.SourceCustomerCode.ShouldBe("WEB0001");
            channel.Marked[code].ShouldBe(source.Orders[code].Number);
        }
        var raises = await hub.JobsAsync(SyncJobKinds.OrderRaise);
        raises.Count.ShouldBe(50);
        raises.ShouldAllBe(j => j.State == JobState.Succeeded && j.Attempts == 2);
        raises.ShouldAllBe(j => j.Result!.Contains("\"how\":\"found\""));
        (await hub.JobsAsync(SyncJobKinds.OrderRaise, JobState.Failed)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Raise_Repeated_IsOneRecordOneJobAndNeverASecondRaise()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        channel.Orders["#1"] = TestData.Order("#1", "S1", 2);

        for (var i = 0; i < 3; i++)
        {
            await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
            await hub.RunJobsAsync();
        }
        await hub.EnqueueAsync("shop", SyncJobKinds.Reconcile);
        await hub.RunJobsAsync();

        source.RaiseCalls.ShouldBe(1);
        (await hub.JobsAsync(SyncJobKinds.OrderRaise)).Count.ShouldBe(1);
        var shown = (await hub.Get<OrderHistoryQuery>().FindAsync(SyncHarness.Client, "#1", hub.Token)).Single();
        shown.State.ShouldBe(OrderState.Raised);
        shown.SourceOrderCode.ShouldBe(source.Orders["#1"].Number);
        shown.History.Select(a => a.Action).ShouldBe(["intake", "raise_intent", "raised", "pushed_back"]);
        shown.History.Single(a => a.Action == "raised").Detail.ShouldContain(source.Orders["#1"].Number);
    }
}
