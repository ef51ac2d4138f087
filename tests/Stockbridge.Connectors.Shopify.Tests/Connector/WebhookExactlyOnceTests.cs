using System.Collections.Concurrent;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class WebhookExactlyOnceTests
{
    private const int Orders = 60;

    [Fact]
    public async Task Orders_With10PercentDroppedAnd10PercentDuplicatedWebhooks_AreEachIngestedExactlyOnce()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions
        {
            Plan = global::Stockbridge.Connectors.Shopify.Simulator.Cost.ShopifyPlan.Plus, Seed = 7,
        }, TestContext.Current.CancellationToken);
        var connector = ShopifyTestContext.Connector(shop);
        await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("WH", "WH-1"), ChannelProductStatus.Active, null)], TestContext.Current.CancellationToken);

        // The hub's side, reduced: verify, ignore repeated delivery ids, parse, ingest by channel order code.
        var deliveries = new ConcurrentDictionary<string, byte>();
        var ingested = new ConcurrentDictionary<string, int>();
        var duplicatesIgnored = 0;
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.OnReceived = webhook =>
        {
            var request = new WebhookRequest(webhook.Body, webhook.Headers);
            var verified = connector.Verify(request);
            verified.Valid.ShouldBeTrue(verified.Reason);
            if (!deliveries.TryAdd(verified.DeliveryId!, 0)) { Interlocked.Increment(ref duplicatesIgnored); return; }
            var order = connector.ParseAsync(request, CancellationToken.None).GetAwaiter().GetResult()[0].Order!;
            ingested.AddOrUpdate(order.ChannelOrderCode, 1, (_, n) => n + 1);
        };
        await shop.SubscribeAsync("orders/create", receiver.Url, TestContext.Current.CancellationToken);
        shop.Faults.Add(new FaultRule { Kind = FaultKind.WebhookDrop, Probability = 0.10 });
        shop.Faults.Add(new FaultRule { Kind = FaultKind.WebhookDuplicate, Probability = 0.10 });

        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var placed = new List<string>();
        for (var i = 0; i < Orders; i++)
            placed.Add((await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = $"c{i}@example.com", LineItems = [new PlaceOrderLine("WH-1", 1)] }, TestContext.Current.CancellationToken)).Name);
        var dropped = shop.WebhookLog.Count(l => l.Outcome == "dropped");
        var duplicated = shop.WebhookLog.Count(l => l.Outcome == "duplicated");
        await WebhookReceiver.WaitUntilAsync(() => receiver.Received.Count >= Orders - dropped + duplicated, TimeSpan.FromSeconds(15));

        // The reconciling poll covers what the webhooks missed; an order already ingested is not ingested again.
        await foreach (var order in connector.ReadOrdersAsync(since, TestContext.Current.CancellationToken))
            ingested.TryAdd(order.ChannelOrderCode, 1);

        dropped.ShouldBeGreaterThan(0);
        duplicated.ShouldBeGreaterThan(0);
        duplicatesIgnored.ShouldBe(duplicated);
        ingested.Keys.ShouldBe(placed, ignoreOrder: true);
        ingested.Values.ShouldAllBe(n => n == 1);
    }
}
