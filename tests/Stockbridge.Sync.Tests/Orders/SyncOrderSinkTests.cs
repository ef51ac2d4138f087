using Stockbridge.Connectors.Webhooks;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Storage.Inbox;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class SyncOrderSinkTests
{
    [Fact]
    public async Task Handle_RepeatedDelivery_TakesTheOrderInOnceAndQueuesOneRaise()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop");
        hub.Get<IWebhookEventSink>().ShouldBeOfType<SyncOrderSink>();
        var connection = (await hub.Store.Connections.GetAsync(SyncHarness.Client, "shop", hub.Token))!;
        var delivery = new InboxDelivery(SyncHarness.Client, "shop", "d-1", "orders/create", [], "{}", hub.Time.GetUtcNow());
        var batch = new WebhookEventBatch(connection, new InboxEntry(1, delivery, 99), [new WebhookEvent("orders/create", TestData.Order("#5", "S1", 1))], 99);

        await hub.Get<IWebhookEventSink>().HandleAsync(batch, hub.Token);
        await hub.Get<IWebhookEventSink>().HandleAsync(batch, hub.Token);

        (await hub.JobsAsync(SyncJobKinds.OrderRaise)).Single().IdempotencyKey.ShouldBe("raise:shop:#5");
        var history = await hub.Get<OrderRecords>().HistoryAsync(SyncHarness.Client, OrderRecords.Key("shop", "#5"), hub.Token);
        history.Select(a => a.Action).ShouldBe(["intake"]);
        history[0].Detail.ShouldContain("webhook orders/create (delivery d-1)");
        history[0].JobId.ShouldBe(99);
    }
}
