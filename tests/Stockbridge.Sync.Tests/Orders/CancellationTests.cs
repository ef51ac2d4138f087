using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

/// <summary>An order the channel cancels is never raised if the hub has not raised it; one already raised is a failure to act on.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task An_order_that_arrives_cancelled_is_kept_as_cancelled_and_never_raised()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#20"] = TestData.Order("#20", "S1", 1) with { State = OrderState.Cancelled };

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        source.RaiseCalls.ShouldBe(0);
        (await hub.JobsAsync(SyncJobKinds.OrderRaise)).ShouldBeEmpty();
        var key = OrderRecords.Key("shop", "#20");
        (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, key, hub.Token))!.State.ShouldBe(OrderState.Cancelled);
        (await hub.Get<OrderRecords>().HistoryAsync(SyncHarness.Client, key, hub.Token)).ShouldContain(a => a.Action == SyncAuditActions.Cancelled);
    }

    [Fact]
    public async Task A_cancellation_that_arrives_before_the_raise_runs_stops_the_raise()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;
        var intake = hub.Get<OrderIntake>();

        await intake.TakeInAsync(shop, [TestData.Order("#21", "S1", 1)], "orders/create", null, hub.Token);
        await intake.TakeInAsync(shop, [TestData.Order("#21", "S1", 1) with { State = OrderState.Cancelled }], "orders/cancelled", null, hub.Token);
        await hub.RunJobsAsync();

        source.RaiseCalls.ShouldBe(0, "the raise queued by orders/create found the order cancelled");
        (await hub.JobsAsync(SyncJobKinds.OrderRaise)).ShouldHaveSingleItem().Result.ShouldNotBeNull().ShouldContain("cancelled_not_raised");
        (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#21"), hub.Token))!.State.ShouldBe(OrderState.Cancelled);
    }

    [Fact]
    public async Task A_cancellation_after_the_raise_fails_for_a_person_naming_both_orders()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#22"] = TestData.Order("#22", "S1", 1);
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();
        var number = source.Orders["#22"].Number;

        channel.Orders["#22"] = TestData.Order("#22", "S1", 1) with { State = OrderState.Cancelled };
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        source.RaiseCalls.ShouldBe(1);
        var failed = (await hub.JobsAsync(SyncJobKinds.OrderCancel, JobState.Failed)).ShouldHaveSingleItem();
        failed.LastError.ShouldNotBeNull().ShouldContain($"cancelled order #22 after it was raised into erp as {number}");
        failed.LastError.ShouldContain("by hand");
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#22"), hub.Token))!;
        order.State.ShouldBe(OrderState.Cancelled);
        order.SourceOrderCode.ShouldBe(number, "the ERP still holds the sales order: its number stays on the hub's order");

        (await hub.Store.Jobs.ReplayAsync(SyncHarness.Client, failed.Id, hub.Token)).ShouldBeTrue();
        await hub.RunJobsAsync();
        (await hub.Store.Jobs.GetAsync(SyncHarness.Client, failed.Id, hub.Token))!.State.ShouldBe(JobState.Succeeded, "replayed once settled by hand, it closes");
    }

    [Fact]
    public async Task A_cancellation_while_the_raise_is_in_doubt_asks_the_erp_before_calling_it_unraised()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;
        var key = OrderRecords.Key("shop", "#23");
        var records = hub.Get<OrderRecords>();
        // The raise wrote its intent and committed in the ERP, then its answer was lost: the hub holds no number yet.
        await records.SaveAsync(SyncHarness.Client, key, TestData.Order("#23", "S1", 1) with { State = OrderState.Validated }, "shop", hub.Token);
        source.Orders["#23"] = ("SO-IN-DOUBT", TestData.Order("#23", "S1", 1));

        await hub.Get<OrderIntake>().TakeInAsync(shop, [TestData.Order("#23", "S1", 1) with { State = OrderState.Cancelled }], "orders/cancelled", null, hub.Token);
        await hub.RunJobsAsync();

        (await hub.JobsAsync(SyncJobKinds.OrderCancel, JobState.Failed)).ShouldHaveSingleItem().LastError.ShouldNotBeNull().ShouldContain("SO-IN-DOUBT");
        (await records.GetAsync(SyncHarness.Client, key, hub.Token))!.SourceOrderCode.ShouldBe("SO-IN-DOUBT");
    }
}
