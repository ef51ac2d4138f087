using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Fulfillment;

/// <summary>
/// raised → fulfilling (handed to the channel's fulfilment connection) → fulfilled (tracking read back) → the fulfilment
/// with its tracking created on the channel order, each step a job with its history line.
/// </summary>
public sealed class FulfillmentFlowTests
{
    private const string ShipsByWarehouse = """{"fulfillment_connection":"pn","fulfillment_poll_interval_seconds":600}""";

    [Fact]
    public async Task A_raised_order_is_handed_over_once_tracked_until_shipped_and_its_tracking_pushed_to_the_channel()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop", ShipsByWarehouse);
        var warehouse = await hub.AddFulfillmentAsync("pn");
        warehouse.ShipAfterLooks = 3;
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#7"] = TestData.Order("#7", "S1", 2);

        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        var key = OrderRecords.Key("shop", "#7");
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, key, hub.Token)).ShouldNotBeNull();
        order.State.ShouldBe(OrderState.Fulfilled);
        order.SourceOrderCode.ShouldBe(source.Orders["#7"].Number);
        var shipment = order.Fulfillments.ShouldNotBeNull().ShouldHaveSingleItem();
        shipment.ShipmentId.ShouldBe(warehouse.Shipments["#7"]);
        shipment.TrackingNumber.ShouldBe("WB" + shipment.ShipmentId);
        shipment.FulfillmentConnection.ShouldBe("pn");
        warehouse.CreateCalls.ShouldBe(1);
        warehouse.Looks[shipment.ShipmentId!].ShouldBe(3, "looked at every poll interval until it shipped, then no more");

        var pushed = channel.Fulfillments.ShouldHaveSingleItem();
        pushed.TrackingNumber.ShouldBe(shipment.TrackingNumber);
        pushed.TrackingCompany.ShouldBe("Courier Guy");
        pushed.TrackingUrl.ShouldBe(shipment.TrackingUrl);

        var history = (await hub.Get<OrderRecords>().HistoryAsync(SyncHarness.Client, key, hub.Token)).Select(a => a.Action).ToList();
        history.ShouldContain(SyncAuditActions.Raised);
        history.IndexOf(SyncAuditActions.SentToFulfillment).ShouldBeGreaterThan(history.IndexOf(SyncAuditActions.Raised));
        history.IndexOf(SyncAuditActions.Shipped).ShouldBeGreaterThan(history.IndexOf(SyncAuditActions.SentToFulfillment));
        history.IndexOf(SyncAuditActions.FulfillmentPushed).ShouldBeGreaterThan(history.IndexOf(SyncAuditActions.Shipped));
        (await hub.JobsAsync(SyncJobKinds.OrderTrackShipment)).Count.ShouldBe(3);
        (await hub.Store.Jobs.CountByStateAsync(SyncHarness.Client, hub.Token)).GetValueOrDefault(JobState.Failed).ShouldBe(0);
    }

    [Fact]
    public async Task Replaying_the_hand_over_never_makes_a_second_shipment()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop", ShipsByWarehouse);
        var warehouse = await hub.AddFulfillmentAsync("pn");
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#8"] = TestData.Order("#8", "S1", 1);
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        var fulfill = (await hub.JobsAsync(SyncJobKinds.OrderFulfill)).ShouldHaveSingleItem();
        (await hub.Store.Jobs.ReplayAsync(SyncHarness.Client, fulfill.Id, hub.Token)).ShouldBeTrue();
        await hub.RunJobsAsync();

        warehouse.CreateCalls.ShouldBe(1, "the order already carries its shipment id, so a replay does not call the service");
        (await hub.Store.Jobs.GetAsync(SyncHarness.Client, fulfill.Id, hub.Token))!.Result.ShouldNotBeNull().ShouldContain("already_sent");
        channel.Fulfillments.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_fulfillment_connection_the_merchant_ships_and_nothing_is_handed_over()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        var warehouse = await hub.AddFulfillmentAsync("pn");
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#9"] = TestData.Order("#9", "S1", 1);
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        (await hub.JobsAsync(SyncJobKinds.OrderFulfill)).ShouldBeEmpty();
        warehouse.CreateCalls.ShouldBe(0);
        (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#9"), hub.Token))!.State.ShouldBe(OrderState.Raised);
    }

    [Fact]
    public async Task A_cancelled_order_is_never_handed_over()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop", ShipsByWarehouse);
        var warehouse = await hub.AddFulfillmentAsync("pn");
        var key = OrderRecords.Key("shop", "#10");
        await hub.Get<OrderRecords>().SaveAsync(SyncHarness.Client, key,
            TestData.Order("#10", "S1", 1) with { State = OrderState.Cancelled, SourceOrderCode = "SO1" }, "shop", hub.Token);
        await hub.Store.Jobs.EnqueueAsync(Stockbridge.Sync.Fulfillment.FulfillmentJobs.Fulfill(SyncHarness.Client, "pn", new OrderJobPayload(key, "shop", "#10")), hub.Token);

        await hub.RunJobsAsync();

        warehouse.CreateCalls.ShouldBe(0);
        (await hub.JobsAsync(SyncJobKinds.OrderFulfill)).ShouldHaveSingleItem().Result.ShouldNotBeNull().ShouldContain("cancelled");
    }

    [Fact]
    public async Task An_order_that_never_ships_fails_after_the_max_days_with_its_last_status()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop", """{"fulfillment_connection":"pn","fulfillment_poll_interval_seconds":21600,"fulfillment_max_days":2}""");
        var warehouse = await hub.AddFulfillmentAsync("pn");
        warehouse.ShipAfterLooks = int.MaxValue;
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#11"] = TestData.Order("#11", "S1", 1);
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        var failed = (await hub.JobsAsync(SyncJobKinds.OrderTrackShipment, JobState.Failed)).ShouldHaveSingleItem();
        failed.LastError.ShouldNotBeNull().ShouldContain("has not shipped 2 days after it was handed to pn");
        failed.LastError.ShouldContain("status 'picking'");
        (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#11"), hub.Token))!.State.ShouldBe(OrderState.Fulfilling);
        channel.Fulfillments.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_record_a_late_redelivery_put_back_is_restored_from_the_job_and_handed_over()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop", ShipsByWarehouse);
        var warehouse = await hub.AddFulfillmentAsync("pn");
        warehouse.ShipAfterLooks = 1;
        var key = OrderRecords.Key("shop", "#12");
        // Raised as SO12, then a channel re-delivery read before the raise wrote its number put the record back to received.
        await hub.Get<OrderRecords>().SaveAsync(SyncHarness.Client, key, TestData.Order("#12", "S1", 1), "shop", hub.Token);
        await hub.Store.Jobs.EnqueueAsync(Stockbridge.Sync.Fulfillment.FulfillmentJobs.Fulfill(SyncHarness.Client, "pn", new OrderJobPayload(key, "shop", "#12", "SO12")), hub.Token);

        await hub.RunJobsAsync();

        warehouse.CreateCalls.ShouldBe(1);
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, key, hub.Token))!;
        order.SourceOrderCode.ShouldBe("SO12");
        order.State.ShouldBe(OrderState.Fulfilled);
    }
}
