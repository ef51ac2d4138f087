using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class OrderTests
{
    private static readonly PlaceOrderRequest Checkout = new()
    {
        Email = "thandi@example.com", FirstName = "Thandi", LastName = "Mokoena",
        LineItems = [new PlaceOrderLine("ORD-1", 2)],
        ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 115m),
        ShippingAddress = new PlaceOrderAddress("1 Main Rd", "Cape Town", "8001"),
        Note = "Leave at the door",
    };

    [Fact]
    public async Task ParseAsync_OrdersCreate_MapsTheOrderExTax()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop);
        var placed = await shop.PlaceOrderAsync(Checkout, Ct);
        var body = System.Text.Encoding.UTF8.GetBytes(RestPayloads.Serialize(RestPayloads.Order(placed, shop.Runtime.State)));

        var order = (await connector.ParseAsync(Webhook(body, "orders/create"), Ct)).ShouldHaveSingleItem().Order!;
        order.ChannelOrderCode.ShouldBe("#1001");
        order.ChannelOrderId.ShouldBe(placed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        order.Currency.ShouldBe("ZAR");
        order.Notes.ShouldBe("Leave at the door");
        order.Customer!.Email.ShouldBe("thandi@example.com");
        order.ShippingAddress!.City.ShouldBe("Cape Town");
        var line = order.LineItems.ShouldHaveSingleItem();
        line.Sku.ShouldBe("ORD-1");
        line.Qty.ShouldBe(2);
        line.Price.ShouldBe(Math.Round(115m / 1.15m, 4)); // 115.00 incl. 15% VAT → 100 ex tax
        line.TaxLines.ShouldHaveSingleItem().Price.ShouldBe(30m);
        order.ShippingLines.ShouldHaveSingleItem().ShouldBe(new ShippingLine("COURIER", "Courier", 100m));
        order.Totals!.Total.ShouldBe(345m);
    }

    [Fact]
    public async Task DiscountedOrder_WebhookAndPoll_CarryTheSameCentsAsShopifyCharged()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var placed = await shop.PlaceOrderAsync(Checkout with
        {
            DiscountCode = "TAKE17", DiscountAmount = 17.01m,
            AutomaticDiscount = new PlaceOrderDiscount("percentage", 5m, Title: "Winter sale"),
            ShippingDiscount = new PlaceOrderDiscount("fixed_amount", 15m, Code: "SHIP15"),
        }, Ct);
        var body = RestPayloads.Order(placed, shop.Runtime.State);
        var fromWebhook = (await connector.ParseAsync(Webhook(System.Text.Encoding.UTF8.GetBytes(RestPayloads.Serialize(body)), "orders/create"), Ct))[0].Order!;
        var polled = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(since, Ct)) polled.Add(order);
        var fromPoll = polled.ShouldHaveSingleItem();

        // Shopify's own numbers: the subtotal after discounts and the discounted shipping, less their VAT (prices include it).
        body["current_subtotal_price"].ShouldNotBeNull();
        var charged = ShopperPayment.ExTax(body);
        OrderValue.ExTax(fromWebhook).ShouldBe(charged);
        OrderValue.ExTax(fromPoll).ShouldBe(charged);
        fromPoll.LineItems.Select(l => (l.Sku, l.NetTotal, l.TotalDiscount)).ShouldBe(fromWebhook.LineItems.Select(l => (l.Sku, l.NetTotal, l.TotalDiscount)));
        fromPoll.LineItems.SelectMany(l => l.Discounts).ShouldBe(fromWebhook.LineItems.SelectMany(l => l.Discounts));
        fromWebhook.LineItems.SelectMany(l => l.Discounts).Select(d => (d.Kind, d.Name)).Distinct()
            .ShouldBe([(DiscountKinds.Code, "TAKE17"), (DiscountKinds.Automatic, "Winter sale")], ignoreOrder: true);
        fromPoll.ShippingLines.ShouldBe(fromWebhook.ShippingLines);
        fromWebhook.ShippingLines.Single().Discount.ShouldBeGreaterThan(0m);
    }

    [Fact]
    public async Task ReadOrdersAsync_MapsTheSameOrderAsTheWebhook()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var placed = await shop.PlaceOrderAsync(Checkout, Ct);
        var body = System.Text.Encoding.UTF8.GetBytes(RestPayloads.Serialize(RestPayloads.Order(placed, shop.Runtime.State)));
        var fromWebhook = (await connector.ParseAsync(Webhook(body, "orders/create"), Ct))[0].Order!;

        var polled = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(since, Ct)) polled.Add(order);
        var fromPoll = polled.ShouldHaveSingleItem();
        fromPoll.ChannelOrderCode.ShouldBe(fromWebhook.ChannelOrderCode);
        fromPoll.ChannelOrderId.ShouldBe(fromWebhook.ChannelOrderId);
        fromPoll.LineItems.Select(l => (l.Sku, l.Qty, l.Price, l.TotalDiscount)).ShouldBe(fromWebhook.LineItems.Select(l => (l.Sku, l.Qty, l.Price, l.TotalDiscount)));
        fromPoll.ShippingLines.ShouldBe(fromWebhook.ShippingLines);
        fromPoll.Totals.ShouldBe(fromWebhook.Totals);
        fromPoll.ShippingAddress.ShouldBe(fromWebhook.ShippingAddress);
    }

    [Fact]
    public async Task OrderIndex_ListsCodesAndIds_AndReadOrderGivesWhatThePollGives()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < 3; i++) await shop.PlaceOrderAsync(Checkout, Ct);
        var polled = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(since, Ct)) polled.Add(order);

        var listed = new List<ChannelOrderRef>();
        await foreach (var entry in connector.ListOrdersAsync(since, Ct)) listed.Add(entry);
        var read = new List<Order>();
        foreach (var entry in listed) read.Add((await connector.ReadOrderAsync(entry, Ct)).ShouldNotBeNull());

        listed.Select(e => e.ChannelOrderCode).ShouldBe(["#1001", "#1002", "#1003"]);
        listed.ShouldAllBe(e => e.ChannelOrderId.StartsWith("gid://shopify/Order/"));
        read.Select(o => (o.ChannelOrderCode, o.ChannelOrderId, o.Totals, o.ShippingAddress))
            .ShouldBe(polled.Select(o => (o.ChannelOrderCode, o.ChannelOrderId, o.Totals, o.ShippingAddress)));
        read.Select(o => o.LineItems.Single().Sku).ShouldAllBe(sku => sku == "ORD-1");
        (await connector.ReadOrderAsync(new ChannelOrderRef("#9999", "gid://shopify/Order/999999"), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task ReadOrdersAsync_PagesThroughManyOrdersAndLongOrders()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        var skus = Enumerable.Range(1, 12).Select(i => $"L-{i}").ToArray();
        await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("LONG", skus), ChannelProductStatus.Active, null)], Ct);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < 9; i++) await shop.PlaceOrderAsync(Checkout with { LineItems = [new PlaceOrderLine("L-1", 1)] }, Ct);
        await shop.PlaceOrderAsync(Checkout with { LineItems = [.. skus.Select(s => new PlaceOrderLine(s, 1))] }, Ct);

        var polled = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(since, Ct)) polled.Add(order);
        polled.Select(o => o.ChannelOrderCode).Distinct().Count().ShouldBe(10);
        polled.Single(o => o.ChannelOrderCode == "#1010").LineItems.Length.ShouldBe(12);
    }

    [Fact]
    public async Task ParseAsync_MalformedBody_IsPermanent()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        await Should.ThrowAsync<PermanentConnectorException>(() => connector.ParseAsync(Webhook("{\"id\": 1, \"na"u8.ToArray(), "orders/create"), Ct));
    }

    [Fact]
    public async Task MarkOrderRaisedAsync_WritesTagNoteAndMetafieldOnce()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop, new Dictionary<string, string> { [ShopifySettingKeys.OrderWriteBack] = "tag,note,metafield" });
        var placed = await shop.PlaceOrderAsync(Checkout, Ct);
        var order = new Order { Channel = "shopify", ChannelOrderCode = placed.Name, ChannelOrderId = placed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        await connector.MarkOrderRaisedAsync(order, "000123", Ct);
        await connector.MarkOrderRaisedAsync(order, "000123", Ct);

        var stored = await shop.ReadAsync(s => s.Orders[placed.Id], Ct);
        stored.Tags.Count(t => t == "SO:000123").ShouldBe(1);
        stored.Note!.ShouldStartWith("Leave at the door\n");
        stored.Note.Split('\n').Count(l => l.Contains("000123", StringComparison.Ordinal)).ShouldBe(1);
        var metafield = await shop.ReadAsync(s => s.Metafields.Single(m => m.OwnerId == Gid.For("Order", placed.Id)), Ct);
        (metafield.Namespace, metafield.Key, metafield.Value).ShouldBe(("stockbridge", "source_order_code", "000123"));
    }

    [Fact]
    public async Task PushFulfillmentAsync_ShipsWithTrackingAndNeverTwice()
    {
        await using var shop = await StartAsync();
        var connector = await WithProductAsync(shop);
        var placed = await shop.PlaceOrderAsync(Checkout, Ct);
        var order = new Order { Channel = "shopify", ChannelOrderCode = placed.Name };
        var fulfillment = new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = placed.Name, Lines = [new FulfillmentLine("ORD-1", 2)],
            TrackingCompany = "The Courier Guy", TrackingNumber = "TCG123", TrackingUrl = "https://track.example/TCG123",
        };

        await connector.PushFulfillmentAsync(order, fulfillment, Ct);
        await connector.PushFulfillmentAsync(order, fulfillment, Ct);

        var stored = await shop.ReadAsync(s => s.Orders[placed.Id], Ct);
        var shipped = stored.Fulfillments.ShouldHaveSingleItem();
        (shipped.TrackingCompany, shipped.TrackingNumber, shipped.TrackingUrl).ShouldBe(("The Courier Guy", "TCG123", "https://track.example/TCG123"));
        stored.FulfillmentStatus.ShouldBe("fulfilled");
    }

    private static WebhookRequest Webhook(byte[] body, string topic) =>
        new(body, new Dictionary<string, string> { ["x-shopify-topic"] = topic, ["x-shopify-webhook-id"] = Guid.NewGuid().ToString() });

    private static async Task<ShopifyConnector> WithProductAsync(ShopifySimulatorHost shop, Dictionary<string, string>? extra = null)
    {
        var connector = ShopifyTestContext.Connector(shop, extra: extra);
        var product = SampleCatalog.Product("ORD", "ORD-1");
        product = product with { Variants = [product.Variants[0] with { Price = 115m }] };
        await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], Ct);
        return connector;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = global::Stockbridge.Connectors.Shopify.Simulator.Cost.ShopifyPlan.Plus }, Ct);
}
