using System.Diagnostics;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class FaultTests
{
    [Fact]
    public async Task Latency_DelaysEveryCall()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        shop.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 300 });
        var clock = Stopwatch.StartNew();
        await AdminApi.PostAsync(shop, "{ shop { name } }");
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task MalformedWebhook_IsStillSignedButNotJson()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "P", 5, "MAL-1");
        await shop.SubscribeAsync("orders/create", receiver.Url, TestContext.Current.CancellationToken);
        shop.Faults.Add(new FaultRule { Kind = FaultKind.WebhookMalformed });
        await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "m@example.com", LineItems = [new PlaceOrderLine("MAL-1", 1)] }, TestContext.Current.CancellationToken);
        await WebhookReceiver.WaitUntilAsync(() => !receiver.Received.IsEmpty, TimeSpan.FromSeconds(10));

        var webhook = receiver.Received.ShouldHaveSingleItem();
        var request = new Stockbridge.Connectors.Webhooks.WebhookRequest(webhook.Body, webhook.Headers);
        var connector = ShopifyTestContext.Connector(shop);
        connector.Verify(request).Valid.ShouldBeTrue();
        await Should.ThrowAsync<Stockbridge.Connectors.Errors.PermanentConnectorException>(() => connector.ParseAsync(request, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Subscription_AfterRepeatedAbandonedDeliveries_IsDeleted()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { WebhookRetryDelays = [] }, TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "P", 50, "DEL-1");
        await shop.SubscribeAsync("orders/create", new Uri("http://127.0.0.1:9/nobody-listens"), TestContext.Current.CancellationToken);
        for (var i = 0; i < 8; i++)
            await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "d@example.com", LineItems = [new PlaceOrderLine("DEL-1", 1)] }, TestContext.Current.CancellationToken);
        await WebhookReceiver.WaitUntilAsync(() => shop.WebhookLog.Count(l => l.Outcome == "abandoned") >= 8, TimeSpan.FromSeconds(15));
        await WebhookReceiver.WaitUntilAsync(() => shop.Runtime.State.Subscriptions.Count == 0, TimeSpan.FromSeconds(2));
        (await shop.StateAsync(s => s.Subscriptions.Count)).ShouldBe(0);
    }
}
