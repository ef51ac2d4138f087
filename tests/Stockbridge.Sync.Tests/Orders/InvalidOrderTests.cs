using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Queries;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class InvalidOrderTests
{
    [Fact]
    public async Task Raise_NoCustomerAccount_FailsWithReasonAndIsRaisedOnReplayOnceRulesAreFixed()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp", """{"shipping_service_code":"FREIGHT"}""");
        var channel = await hub.AddChannelAsync("shop");
        channel.Orders["#7"] = TestData.Order("#7", "S1", 1);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        var failed = (await hub.JobsAsync(SyncJobKinds.OrderRaise, JobState.Failed)).Single();
        failed.LastError.ShouldNotBeNull().ShouldContain("default_customer_code");
        failed.Attempts.ShouldBe(1);
        var shown = (await hub.Get<OrderHistoryQuery>().FindAsync(SyncHarness.Client, "#7", hub.Token)).Single();
        shown.State.ShouldBe(OrderState.Failed);
        shown.FailureReason.ShouldNotBeNull().ShouldContain("No customer account");
        source.RaiseCalls.ShouldBe(0);

        var erp = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "erp", hub.Token))!;
        await hub.Store.Connections.SaveAsync(erp with { RulesJson = """{"shipping_service_code":"FREIGHT","default_customer_code":"WEB0001"}""" }, hub.Token);
        (await hub.Store.Jobs.ReplayAsync(SyncHarness.Client, failed.Id, hub.Token)).ShouldBeTrue();
        await hub.RunJobsAsync();

        source.Orders["#7"].Order.SourceCustomerCode.ShouldBe("WEB0001");
        source.Orders["#7"].Order.LineItems.Select(l => l.Sku).ShouldBe(["S1", "FREIGHT"]);
        (await hub.Get<OrderHistoryQuery>().FindAsync(SyncHarness.Client, "#7", hub.Token)).Single().State.ShouldBe(OrderState.Raised);
    }

    [Fact]
    public async Task Raise_ZeroQuantityLine_FailsForGoodWithTheReason()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        channel.Orders["#8"] = TestData.Order("#8", "S1", 0);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        (await hub.JobsAsync(SyncJobKinds.OrderRaise, JobState.Failed)).Single().LastError.ShouldNotBeNull().ShouldContain("quantity 0");
        var status = await hub.Get<SyncStatusQuery>().GetAsync(SyncHarness.Client, hub.Token);
        status.OrdersByState[OrderState.Failed].ShouldBe(1);
        status.FailedJobs.ShouldBe(1);
        source.RaiseCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Raise_FractionalQuantityOfASkuSoldInWholeUnits_FailsBeforeTheSourceIsCalled()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        source.Put(TestData.Product("S1") is var product ? product with { Variants = [product.Variants[0] with { QuantityDecimals = 0 }] } : null!);
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        var channel = await hub.AddChannelAsync("shop");
        channel.Orders["#9"] = TestData.Order("#9", "S1", 0.5m);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        (await hub.JobsAsync(SyncJobKinds.OrderRaise, JobState.Failed)).Single().LastError.ShouldNotBeNull()
            .ShouldContain("Line item S1 has quantity 0.5; S1 is sold in whole units.");
        source.RaiseCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Raise_SourceRejectsTheOrder_MarksItFailedWithTheSourcesReason()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        channel.Orders["#9"] = TestData.Order("#9", "S1", 1);
        source.Orders["#9"] = ("SO1", TestData.Order("#9", "S1", 1));
        source.CommitThenTimeOutOnFirstAttempt = false;
        // The test source refuses a PO number it already holds; with no earlier attempt the hub does not look first.
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        var shown = (await hub.Get<OrderHistoryQuery>().FindAsync(SyncHarness.Client, "#9", hub.Token)).Single();
        shown.State.ShouldBe(OrderState.Failed);
        shown.FailureReason.ShouldNotBeNull().ShouldContain("raised twice");
    }
}
