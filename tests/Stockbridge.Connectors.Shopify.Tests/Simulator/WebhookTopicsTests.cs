using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class WebhookTopicsTests
{
    private static readonly string[] Topics =
    [
        "ORDERS_CREATE", "ORDERS_UPDATED", "PRODUCTS_CREATE", "PRODUCTS_UPDATE", "CUSTOMERS_CREATE", "FULFILLMENTS_CREATE",
        "REFUNDS_CREATE", "INVENTORY_LEVELS_UPDATE", "APP_UNINSTALLED",
    ];

    [Fact]
    public async Task EveryTopic_SubscribedThroughGraphQL_IsDeliveredWithARestShapedBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        foreach (var topic in Topics)
        {
            var (_, created) = await AdminApi.PostAsync(shop,
                "mutation($t: WebhookSubscriptionTopic!, $u: URL!) { webhookSubscriptionCreate(topic: $t, webhookSubscription: { callbackUrl: $u, format: JSON }) { webhookSubscription { id topic } userErrors { message } } }",
                new { t = topic, u = receiver.Url.ToString() });
            created["data"]!["webhookSubscriptionCreate"]!["webhookSubscription"]!["topic"]!.GetValue<string>().ShouldBe(topic);
        }

        await AdminApi.CreateProductAsync(shop, "Kettle", 5, "KET-1");                       // products/create, (stock set inline)
        using var http = new HttpClient { BaseAddress = shop.BaseUrl };
        var ct = TestContext.Current.CancellationToken;
        var order = await (await http.PostAsJsonAsync("_sim/orders", new { email = "x@example.com", line_items = new[] { new { sku = "KET-1", quantity = 1 } } }, ct))
            .Content.ReadFromJsonAsync<JsonObject>(ct);                                          // orders/create, customers/create, inventory_levels/update
        var orderId = order!["id"]!.GetValue<long>();
        var connector = ShopifyTestContext.Connector(shop);
        var domainOrder = new Stockbridge.Domain.Orders.Order { Channel = "shopify", ChannelOrderCode = "#1001", ChannelOrderId = orderId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await connector.MarkOrderRaisedAsync(domainOrder, "42", ct);                           // orders/updated
        await connector.PushFulfillmentAsync(domainOrder, new Stockbridge.Domain.Orders.Fulfillment { ChannelOrderCode = "#1001", TrackingNumber = "T1" }, ct); // fulfillments/create
        (await http.PostAsJsonAsync($"_sim/orders/{orderId}/refund", new { sku = "KET-1", quantity = 1 }, ct)).EnsureSuccessStatusCode(); // refunds/create
        await AdminApi.PostAsync(shop, "mutation($id: ID!) { productVariantsBulkUpdate(productId: $id, variants: [{ id: $v, price: \"12.00\" }]) { userErrors { message } } }".Replace("$v", "\"" + await shop.StateAsync(s => Gid.For("ProductVariant", s.VariantBySku("KET-1")!.Id)) + "\"", StringComparison.Ordinal),
            new { id = await shop.StateAsync(s => Gid.For("Product", s.VariantBySku("KET-1")!.ProductId)) }); // products/update
        (await http.PostAsync("_sim/app/uninstall", null, ct)).EnsureSuccessStatusCode();      // app/uninstalled

        var expected = Topics.Select(t => global::Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations.Topics.FromEnum(t)).ToList();
        await WebhookReceiver.WaitUntilAsync(() => expected.All(t => receiver.Received.Any(r => r.Headers["x-shopify-topic"] == t)), TimeSpan.FromSeconds(10));
        foreach (var topic in expected)
        {
            var webhook = receiver.Received.FirstOrDefault(r => r.Headers["x-shopify-topic"] == topic);
            webhook.ShouldNotBeNull($"no {topic} webhook");
            JsonNode.Parse(webhook.Body).ShouldBeOfType<JsonObject>();
        }
        JsonNode.Parse(receiver.Received.First(r => r.Headers["x-shopify-topic"] == "fulfillments/create").Body)!["tracking_number"]!.GetValue<string>().ShouldBe("T1");
    }

    [Fact]
    public async Task StateFile_KeepsTheShopAcrossARestart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shopify-sim-{Guid.NewGuid():N}.json");
        try
        {
            await using (var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { StateFile = file }, TestContext.Current.CancellationToken))
                await AdminApi.CreateProductAsync(shop, "Kept", 4, "KEEP-1");
            await using var again = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { StateFile = file }, TestContext.Current.CancellationToken);
            var (_, body) = await AdminApi.PostAsync(again, "{ productVariants(first: 5, query: \"sku:KEEP-1\") { nodes { sku inventoryQuantity } } }");
            body["data"]!["productVariants"]!["nodes"]![0]!["inventoryQuantity"]!.GetValue<int>().ShouldBe(4);
            (await again.StateAsync(s => s.Locations.Count)).ShouldBe(2);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
