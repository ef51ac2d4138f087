using System.Text;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Hosting;
using Stockbridge.Connectors.Takealot.Tests.Support;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Takealot.Tests;

/// <summary>Sales into orders: by signed webhook and by poll, to the cent; both kinds of sale; leadtime shipments confirmed back.</summary>
public sealed class OrderFlowTests(TakealotFixture fixture) : IClassFixture<TakealotFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string A, string B)> StockedAsync(TakealotConnector connector)
    {
        var (a, b) = (Products.Sku("A"), Products.Sku("B"));
        await connector.PushProductsAsync([Products.Push(a, 149.99m, 10m), Products.Push(b, 89m, 10m)], Ct);
        return (a, b);
    }

    [Fact]
    public async Task A_leadtime_sale_arrives_by_a_hex_signed_webhook_and_becomes_the_whole_order_to_the_cent()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Ct);
        await fixture.Simulator.SubscribeOrderWebhooksAsync(receiver.Url, Ct);
        var connector = fixture.Connector();
        var (a, b) = await StockedAsync(connector);

        var placed = await fixture.Simulator.PlaceOrderAsync(new ShopperOrder([new ShopperLine(a, 3), new ShopperLine(b, 1)], DiscountCode: "PROMO"), Ct);
        var delivery = await receiver.WaitForAsync(r => r.Header("x-takealot-event") == "New Leadtime Order" && Encoding.UTF8.GetString(r.Body.Span).Contains(placed.OrderCode, StringComparison.Ordinal), Ct);

        connector.Verify(delivery).Valid.ShouldBeTrue();
        var order = (await connector.ParseAsync(delivery, Ct)).ShouldHaveSingleItem().Order.ShouldNotBeNull();
        order.ChannelOrderCode.ShouldBe(placed.OrderCode);
        order.LineItems.Select(l => (l.Sku, l.Qty)).OrderBy(l => l.Sku, StringComparer.Ordinal).ShouldBe(new[] { (a, 3m), (b, 1m) }.OrderBy(l => l.Item1, StringComparer.Ordinal));
        OrderValue.ExTax(order).ShouldBe(placed.PaidExTax);
        // 3 × R149 and R89 less a 10 % promotion, in whole rand: R402 + R80 paid, VAT included.
        order.Totals!.Total.ShouldBe(482m);
        (order.Totals.Subtotal + order.Totals.Tax).ShouldBe(order.Totals.Total);
        order.Fulfillments.ShouldBeNull();
        fixture.Simulator.State.Read(s => s.BySku(a)!.LeadtimeStock[TakealotSeed.MainWarehouseId]).ShouldBe(7);
    }

    [Fact]
    public async Task A_wrong_signature_or_a_missing_one_is_rejected_before_anything_is_read()
    {
        var body = Encoding.UTF8.GetBytes("""{"order_id":1,"order_item_id":2}""");
        var headers = fixture.Simulator.SignWebhook(body, "New Leadtime Order")!.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.Ordinal);
        var connector = fixture.Connector();
        var otherSecret = fixture.Connector(new Dictionary<string, string> { ["webhook_secret"] = "not-the-secret" });

        var good = connector.Verify(new(body, headers));
        var tampered = connector.Verify(new(Encoding.UTF8.GetBytes("""{"order_id":9,"order_item_id":2}"""), headers));
        var wrongSecret = otherSecret.Verify(new(body, headers));
        var base64 = connector.Verify(new(body, new Dictionary<string, string>(headers) { ["x-takealot-signature"] = Convert.ToBase64String(Convert.FromHexString(headers["x-takealot-signature"])) }));

        good.Valid.ShouldBeTrue(good.Reason);
        good.DeliveryId.ShouldBe(headers["x-takealot-delivery"]);
        tampered.Valid.ShouldBeFalse();
        wrongSecret.Valid.ShouldBeFalse();
        wrongSecret.Reason.ShouldNotBeNull().ShouldContain("does not match");
        base64.Valid.ShouldBeFalse();
        base64.Reason.ShouldNotBeNull().ShouldContain("not a hex");
    }

    [Fact]
    public async Task A_sale_from_Takealots_DC_is_read_as_shipped_by_Takealot_and_leaves_leadtime_stock_alone()
    {
        var connector = fixture.Connector();
        var (a, _) = await StockedAsync(connector);
        (await fixture.Http.PutAsync($"_sim/offers/{a}/dc-stock/CPT?quantity=5", null, Ct)).EnsureSuccessStatusCode();
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);

        var placed = fixture.Simulator.PlaceTakealotFulfilledOrder([(a, 2)]);
        Order? order = null;
        await foreach (var read in connector.ReadOrdersAsync(since, Ct)) if (read.ChannelOrderCode == placed.OrderCode) order = read;

        order.ShouldNotBeNull();
        var shipped = order.Fulfillments.ShouldNotBeNull().ShouldHaveSingleItem();
        shipped.FulfillmentConnection.ShouldBeNull();
        shipped.HasShipped.ShouldBeTrue();
        shipped.TrackingCompany.ShouldBe("Takealot");
        order.OrderType.ShouldBe(OrderType.Invoice);
        OrderValue.ExTax(order).ShouldBe(placed.PaidExTax);
        fixture.Simulator.State.Read(s => (s.BySku(a)!.LeadtimeTotal, s.BySku(a)!.DcStock.Values.Sum())).ShouldBe((10, 3));
    }

    [Fact]
    public async Task A_leadtime_shipment_is_confirmed_once_and_a_DC_order_is_refused_with_a_reason()
    {
        var connector = fixture.Connector();
        var (a, b) = await StockedAsync(connector);
        (await fixture.Http.PutAsync($"_sim/offers/{b}/dc-stock/JHB?quantity=5", null, Ct)).EnsureSuccessStatusCode();
        var placed = await fixture.Simulator.PlaceOrderAsync(new ShopperOrder([new ShopperLine(a, 1)]), Ct);
        var fromDc = fixture.Simulator.PlaceTakealotFulfilledOrder([(b, 1)]);
        var order = new Order { Channel = "takealot", ChannelOrderCode = placed.OrderCode, LineItems = [new LineItem { Sku = a, Qty = 1, Price = 1m }] };
        var shipment = new Domain.Orders.Fulfillment { ChannelOrderCode = placed.OrderCode, Lines = [new FulfillmentLine(a, 1)], TrackingNumber = "PN-123", TrackingCompany = "The Courier Guy", TrackingUrl = "https://track.example/PN-123" };

        await connector.PushFulfillmentAsync(order, shipment, Ct);
        await connector.PushFulfillmentAsync(order, shipment, Ct);
        var refusal = await Should.ThrowAsync<Errors.PermanentConnectorException>(() =>
            connector.PushFulfillmentAsync(order with { ChannelOrderCode = fromDc.OrderCode }, shipment with { ChannelOrderCode = fromDc.OrderCode, Lines = [new FulfillmentLine(b, 1)] }, Ct));

        (await fixture.Simulator.ReadOrderAsync(placed.OrderCode, Ct))!.TrackingNumbers.ShouldBe(["PN-123"]);
        fixture.Simulator.State.Read(s => s.Shipments.Count(x => x.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture) == placed.OrderCode)).ShouldBe(1);
        refusal.Message.ShouldContain("no leadtime item left to ship");
    }
}
