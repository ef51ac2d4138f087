using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task PlaceOrder_DeliversSignedOrdersCreateWithShopifysHeaders()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Mug", 5, "MUG-1");
        await shop.SubscribeAsync("orders/create", receiver.Url, TestContext.Current.CancellationToken);

        var order = await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "a@example.com", LineItems = [new PlaceOrderLine("MUG-1", 2)] }, TestContext.Current.CancellationToken);
        await WebhookReceiver.WaitUntilAsync(() => !receiver.Received.IsEmpty, TimeSpan.FromSeconds(10));

        var webhook = receiver.Received.ShouldHaveSingleItem();
        webhook.Headers["x-shopify-topic"].ShouldBe("orders/create");
        webhook.Headers["x-shopify-shop-domain"].ShouldBe(shop.ShopDomain);
        webhook.Headers["x-shopify-api-version"].ShouldBe("2026-04");
        webhook.Headers.ShouldContainKey("x-shopify-webhook-id");
        webhook.Headers.ShouldContainKey("x-shopify-event-id");
        webhook.Headers.ShouldContainKey("x-shopify-triggered-at");
        webhook.Headers["x-shopify-hmac-sha256"].ShouldBe(WebhookSigner.Sign(webhook.Body, shop.WebhookSecret));
        var body = JsonNode.Parse(webhook.Body)!;
        body["name"]!.GetValue<string>().ShouldBe(order.Name);
        body["id"]!.GetValue<long>().ShouldBe(order.Id);
        body["line_items"]![0]!["sku"]!.GetValue<string>().ShouldBe("MUG-1");
        body["line_items"]![0]!["price"]!.GetValue<string>().ShouldBe("10.00");
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedLaterWithTheOriginalBodyAndId()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions
        {
            WebhookRetryDelays = [TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(30)],
        }, TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Mug", 5, "MUG-2");
        await shop.SubscribeAsync("orders/create", receiver.Url, TestContext.Current.CancellationToken);
        var order = await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "b@example.com", LineItems = [new PlaceOrderLine("MUG-2", 1)] }, TestContext.Current.CancellationToken);
        await WebhookReceiver.WaitUntilAsync(() => !receiver.Received.IsEmpty, TimeSpan.FromSeconds(10));

        var delivered = receiver.Received.ShouldHaveSingleItem();
        JsonNode.Parse(delivered.Body)!["name"]!.GetValue<string>().ShouldBe(order.Name);
        var attempts = shop.WebhookLog.Where(l => l.Topic == "orders/create").ToList();
        attempts.Select(a => a.Outcome).ShouldBe(["failed", "failed", "delivered"]);
        attempts.Select(a => a.WebhookId).Distinct().ShouldHaveSingleItem().ShouldBe(delivered.Headers["x-shopify-webhook-id"]);
    }
}
