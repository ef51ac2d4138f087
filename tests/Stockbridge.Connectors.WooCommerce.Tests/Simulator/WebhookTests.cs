using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class WebhookTests
{
    [Fact]
    public async Task CreatingAWebhook_SendsAnUnsignedFormPing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);

        var created = await api.PostAsync("webhooks", new JsonObject { ["topic"] = "order.created", ["delivery_url"] = receiver.Url.ToString(), ["secret"] = "s3cret" });

        created.Status.ShouldBe(201);
        var id = created.Body!["id"]!.GetValue<int>();
        var ping = (await receiver.WaitForAsync(r => r.IsPing)).Single();
        Encoding.UTF8.GetString(ping.Body).ShouldBe($"webhook_id={id}");
        ping.ContentType.ShouldStartWith("application/x-www-form-urlencoded");
        ping.Headers.ContainsKey("X-WC-Webhook-Signature").ShouldBeFalse();
        (await api.GetAsync("webhooks")).Body!.AsArray().Single()!["status"]!.GetValue<string>().ShouldBe("active");
    }

    [Fact]
    public async Task OrderCreated_IsSignedWithTheWebhookSecretAndCarriesTheOrderAsGetReturnsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "W-1", "9.99", 10);
        (await store.SubscribeOrderWebhooksAsync(receiver.Url, TestContext.Current.CancellationToken)).ShouldBeTrue();

        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("W-1", 2)]), TestContext.Current.CancellationToken);
        await store.Shop.Webhooks.Dispatcher.WhenIdleAsync();

        var delivery = (await receiver.WaitForAsync(r => !r.IsPing)).Single();
        delivery.Headers["X-WC-Webhook-Topic"].ShouldBe("order.created");
        delivery.Headers["X-WC-Webhook-Resource"].ShouldBe("order");
        delivery.Headers["X-WC-Webhook-Event"].ShouldBe("created");
        delivery.Headers["X-WC-Webhook-Source"].ShouldBe(store.BaseUrl.ToString());
        delivery.Headers["X-WC-Webhook-Delivery-ID"].ShouldNotBeNullOrWhiteSpace();
        delivery.Headers["X-WC-Webhook-ID"].ShouldNotBeNullOrWhiteSpace();
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(store.Shop.Options.WebhookSecret), delivery.Body));
        delivery.Headers["X-WC-Webhook-Signature"].ShouldBe(expected);
        var body = JsonNode.Parse(delivery.Body)!;
        body["number"]!.GetValue<string>().ShouldBe(placed.OrderCode);
        var get = await api.GetAsync($"orders/{placed.OrderCode}");
        JsonNode.DeepEquals(body, get.Body).ShouldBeTrue();
    }

    [Fact]
    public async Task SignWebhook_ProducesTheHeadersAReceiverVerifiesWithTheSecret()
    {
        await using var store = await TestStore.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"id":1}""");
        var headers = store.SignWebhook(body, "order.created")!;
        headers["X-WC-Webhook-Topic"].ShouldBe("order.created");
        headers["X-WC-Webhook-Signature"].ShouldBe(Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(store.ConnectionSettings["webhook_secret"]), body)));
    }

    [Fact]
    public async Task Webhook_IsDisabledAfterMoreThanFiveFailuresInARow()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 500;
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "F-1", "1.00", null);
        var id = (await api.PostAsync("webhooks", new JsonObject { ["topic"] = "order.created", ["delivery_url"] = receiver.Url.ToString(), ["secret"] = "x" }))
            .Body!["id"]!.GetValue<int>();

        for (var i = 0; i < 5; i++) await PlaceAndWaitAsync(store);
        (await api.GetAsync($"webhooks/{id}")).Body!["status"]!.GetValue<string>().ShouldBe("active");

        await PlaceAndWaitAsync(store);
        (await api.GetAsync($"webhooks/{id}")).Body!["status"]!.GetValue<string>().ShouldBe("disabled");

        await PlaceAndWaitAsync(store);
        (await receiver.WaitForAsync(r => !r.IsPing, 7)).Count.ShouldBe(6); // a disabled webhook is not sent
    }

    private static async Task PlaceAndWaitAsync(WooCommerceRunningSimulator store)
    {
        await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("F-1", 1)]), TestContext.Current.CancellationToken);
        await store.Shop.Webhooks.Dispatcher.WhenIdleAsync();
    }

    [Fact]
    public async Task DuplicateFault_SendsTheSameDeliveryTwiceWithOneDeliveryId()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "DUP-1", "1.00", null);
        await store.SubscribeOrderWebhooksAsync(receiver.Url, TestContext.Current.CancellationToken);
        store.Shop.Faults.Add(new FaultRule { Kind = FaultKind.WebhookDuplicate, Target = "order.created", Count = 1 });

        await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("DUP-1", 1)]), TestContext.Current.CancellationToken);
        await store.Shop.Webhooks.Dispatcher.WhenIdleAsync();

        var deliveries = await receiver.WaitForAsync(r => !r.IsPing, 2);
        deliveries.Count.ShouldBe(2);
        deliveries.Select(d => d.Headers["X-WC-Webhook-Delivery-ID"]).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ProductDeleted_SendsOnlyTheId()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var id = await TestStore.CreateSimpleAsync(api, "DEL-1", "1.00", null);
        (await api.PostAsync("webhooks", new JsonObject { ["topic"] = "product.deleted", ["delivery_url"] = receiver.Url.ToString(), ["secret"] = "d" })).Status.ShouldBe(201);

        (await api.SendAsync(HttpMethod.Delete, $"products/{id}?force=true")).Status.ShouldBe(200);
        await store.Shop.Webhooks.Dispatcher.WhenIdleAsync();

        var delivery = (await receiver.WaitForAsync(r => !r.IsPing)).Single();
        delivery.Headers["X-WC-Webhook-Topic"].ShouldBe("product.deleted");
        JsonNode.DeepEquals(JsonNode.Parse(delivery.Body), new JsonObject { ["id"] = id }).ShouldBeTrue();
    }
}
