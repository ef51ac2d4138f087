using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.Retries;
using Stockbridge.Engine.Tests.Support;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Engine.Tests.Webhooks;

public sealed class WebhookProcessHandlerTests
{
    [Fact]
    public async Task Run_StoredOrderDeliveries_OrderStoredOncePerChannelOrderCode()
    {
        await using var h = await HarnessAsync();
        await h.Store.AddConnectionAsync("shop-1");
        var first = await AppendAsync(h, "d-1", TestOrders.Body("#1001"));
        var again = await AppendAsync(h, "d-2", TestOrders.Body("#1001"));
        var changed = await AppendAsync(h, "d-3", TestOrders.Body("#1001", notes: "leave at gate"));
        var other = await AppendAsync(h, "d-4", TestOrders.Body("#1002"));

        var outcomes = await h.RunUntilIdleAsync();
        outcomes.Count.ShouldBe(4);
        outcomes.ShouldAllBe(o => o == JobRunOutcome.Succeeded);

        var records = h.Store.Store.Records;
        (await records.CountAsync(TestStore.ClientId, RecordEntity.Order, CancellationToken.None)).ShouldBe(2);
        var order = (await records.GetAsync(TestStore.ClientId, RecordEntity.Order, OrderRecordSink.OrderKey("shop-1", "#1001"), CancellationToken.None)).ShouldNotBeNull();
        order.Origin.ShouldBe("shop-1");
        order.Json.ShouldContain("\"channel_order_code\":\"#1001\"");
        var job = await h.GetAsync(first.JobId);
        job.Result.ShouldNotBeNull().ShouldContain("\"events\":1");
        foreach (var entry in (InboxEntry[])[again, changed, other]) (await h.GetAsync(entry.JobId)).State.ShouldBe(JobState.Succeeded);
    }

    [Fact]
    public async Task Run_SameDeliveryProcessedTwice_StillOneRecord()
    {
        await using var h = await HarnessAsync();
        await h.Store.AddConnectionAsync("shop-1");
        var entry = await AppendAsync(h, "d-1", TestOrders.Body("#7"));
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.Succeeded]);
        (await h.Jobs.ReplayAsync(TestStore.ClientId, entry.JobId, CancellationToken.None)).ShouldBeTrue();
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.Succeeded]);
        (await h.Store.Store.Records.CountAsync(TestStore.ClientId, RecordEntity.Order, CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task Run_MalformedBody_FailsPermanentlyAndKeepsTheDelivery()
    {
        await using var h = await HarnessAsync();
        await h.Store.AddConnectionAsync("shop-1");
        var entry = await AppendAsync(h, "d-bad", Encoding.UTF8.GetBytes("{not json"));
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.DeadLettered]);
        var job = await h.GetAsync(entry.JobId);
        job.LastErrorKind.ShouldBe("permanent");
        job.LastError.ShouldNotBeNull().ShouldContain("not valid");
        (await h.Store.Store.Inbox.GetAsync(TestStore.ClientId, entry.Id, CancellationToken.None)).ShouldNotBeNull();
    }

    private static Task<WorkerHarness> HarnessAsync()
    {
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var registry = new ConnectorRegistry([new HmacTestConnectorFactory()], http, TimeProvider.System, NullLoggerFactory.Instance, Stockbridge.Engine.HostAccess.HostAccessPolicy.Closed);
        return WorkerHarness.CreateAsync(new RetryOptions(), store => [new WebhookProcessHandler(store.Store, registry, new OrderRecordSink(store.Store))]);
    }

    private static async Task<InboxEntry> AppendAsync(WorkerHarness h, string deliveryId, byte[] body)
    {
        var headers = StoredHeaders.ToJson(new Dictionary<string, string> { ["x-test-topic"] = "orders/create", ["x-test-delivery-id"] = deliveryId });
        var stored = await h.Store.Store.Inbox.AppendAsync(
            new InboxDelivery(TestStore.ClientId, "shop-1", deliveryId, "orders/create", body, headers, h.Time.GetUtcNow()), WebhookJobKinds.Process, CancellationToken.None);
        return (await h.Store.Store.Inbox.GetAsync(TestStore.ClientId, stored.InboxId, CancellationToken.None)).ShouldNotBeNull();
    }
}
