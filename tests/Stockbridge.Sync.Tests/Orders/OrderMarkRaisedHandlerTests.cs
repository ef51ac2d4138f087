using Stockbridge.Domain.Orders;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class OrderMarkRaisedHandlerTests
{
    [Fact]
    public async Task MarkRaised_RecordRevertedByALateRedelivery_RestoresTheRaiseAndWritesItBack()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        var key = OrderRecords.Key("shop", "#3");
        await hub.Get<OrderRecords>().SaveAsync(SyncHarness.Client, key, TestData.Order("#3", "S1", 1), "shop", hub.Token);
        await hub.Store.Jobs.EnqueueAsync(new Storage.Jobs.JobRequest(SyncHarness.Client, "shop", SyncJobKinds.OrderMarkRaised, key,
            JobPayload.Write(new OrderJobPayload(key, "shop", "#3", "SO0042"))), hub.Token);

        await hub.RunJobsAsync();

        channel.Marked["#3"].ShouldBe("SO0042");
        var order = (await hub.Get<OrderRecords>().GetAsync(SyncHarness.Client, key, hub.Token))!;
        order.State.ShouldBe(OrderState.Raised);
        order.SourceOrderCode.ShouldBe("SO0042");
    }
}
