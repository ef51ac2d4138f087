using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

/// <summary>
/// Channel refunds: taken in once per refund id, left out of a raise that has not happened yet (an order refunded in full is
/// never raised), and, against a source that cannot change its orders, a failure naming the sales order and what to do.
/// </summary>
public sealed class RefundTests
{
    private static Refund Refund(string id, string lineId, decimal qty, decimal shipping = 0) =>
        new() { ChannelRefundId = id, Lines = [new RefundLine(lineId, null, qty, 0, 0)], Shipping = shipping, Amount = 10m };

    private static Order TwoUnits(string code) => TestData.Order(code, "S1", 2) with
    {
        LineItems = [TestData.Order(code, "S1", 2).LineItems[0] with { ChannelLineId = "L1" }],
    };

    [Fact]
    public async Task A_refund_before_the_raise_is_left_out_of_it_and_a_repeat_is_taken_in_once()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;
        var intake = hub.Get<OrderIntake>();

        await intake.TakeInAsync(shop, [TwoUnits("#30")], "orders/create", null, hub.Token);
        (await intake.TakeInRefundsAsync(shop, [new ChannelRefund("#30", Refund("r1", "L1", 1))], "refunds/create", null, hub.Token)).ShouldBe(1);
        (await intake.TakeInRefundsAsync(shop, [new ChannelRefund("#30", Refund("r1", "L1", 1))], "refunds/create", null, hub.Token)).ShouldBe(0);
        // A later copy of the order from the channel keeps the refund.
        await intake.TakeInAsync(shop, [TwoUnits("#30")], "orders/updated", null, hub.Token);
        await hub.RunJobsAsync();

        source.Orders["#30"].Order.LineItems.Single(l => l.Sku == "S1").Qty.ShouldBe(1, "the refunded unit is not raised");
        var refund = (await hub.JobsAsync(SyncJobKinds.OrderRefund)).ShouldHaveSingleItem();
        refund.State.ShouldBe(JobState.Succeeded);
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#30"), hub.Token))!;
        order.LineItems.Single().Qty.ShouldBe(2, "the hub keeps the order as the channel placed it");
        order.Refunds!.Value.ShouldHaveSingleItem().Status.ShouldBe(RefundStatuses.Applied);
    }

    [Fact]
    public async Task An_order_refunded_in_full_before_its_raise_is_never_raised()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;
        var intake = hub.Get<OrderIntake>();

        var order = TwoUnits("#31");
        await intake.TakeInAsync(shop, [order], "orders/create", null, hub.Token);
        await intake.TakeInRefundsAsync(shop, [new ChannelRefund("#31", Refund("r2", "L1", 2, shipping: OrderValue.Shipping(order)))], "refunds/create", null, hub.Token);
        await hub.RunJobsAsync();

        source.RaiseCalls.ShouldBe(0);
        (await hub.JobsAsync(SyncJobKinds.OrderRaise)).ShouldHaveSingleItem().Result.ShouldNotBeNull().ShouldContain("refunded_not_raised");
        (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#31"), hub.Token))!.State.ShouldBe(OrderState.Refunded);
    }

    [Fact]
    public async Task A_refund_after_the_raise_on_a_source_that_cannot_change_orders_fails_with_what_to_do()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(TestData.Product("S1", jhb: 50));
        channel.Orders["#32"] = TwoUnits("#32");
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();
        var number = source.Orders["#32"].Number;
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;

        await hub.Get<OrderIntake>().TakeInRefundsAsync(shop, [new ChannelRefund("#32", Refund("r3", "L1", 1))], "refunds/create", null, hub.Token);
        await hub.RunJobsAsync();

        var failed = (await hub.JobsAsync(SyncJobKinds.OrderRefund, JobState.Failed)).ShouldHaveSingleItem();
        failed.LastError.ShouldNotBeNull().ShouldContain("1 × line L1");
        failed.LastError.ShouldContain($"erp cannot change its orders from the hub: take this off sales order {number} by hand");
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, OrderRecords.Key("shop", "#32"), hub.Token))!;
        order.Refunds!.Value.Single().Status.ShouldBe(RefundStatuses.Failed);
        (await hub.Get<OrderRecords>().HistoryAsync(SyncHarness.Client, OrderRecords.Key("shop", "#32"), hub.Token))
            .ShouldContain(a => a.Action == SyncAuditActions.RefundFailed);
    }

    [Fact]
    public async Task A_refund_of_an_order_the_hub_has_not_taken_in_is_tried_again_later()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        var shop = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;

        await Should.ThrowAsync<Connectors.Errors.TransientConnectorException>(() =>
            hub.Get<OrderIntake>().TakeInRefundsAsync(shop, [new ChannelRefund("#33", Refund("r4", "L1", 1))], "refunds/create", null, hub.Token));
    }
}
