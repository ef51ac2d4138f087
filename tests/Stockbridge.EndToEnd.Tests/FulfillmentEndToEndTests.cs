using Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;
using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Demo;
using Stockbridge.Domain.Orders;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Simulators.Faults;
using Stockbridge.Sync.Orders;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// Order to cash through the whole hub, read from the outside systems: shoppers order on Shopify, the hub raises each order
/// into SYSPRO, hands it to Parcelninja (which answers 500 after creating the first outbounds), Parcelninja's warehouse
/// moves them 240 → 245, and each Shopify order ends up fulfilled with Parcelninja's waybill as its tracking number,
/// with exactly one outbound per order.
/// </summary>
public sealed class FulfillmentEndToEndTests
{
    [Fact]
    public async Task Every_order_gets_one_outbound_and_its_waybill_on_shopify_even_when_parcelninja_fails_after_creating()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { Fulfillment = "parcelninja", StockCodes = 6, PullIntervalSeconds = 1 }, ct);
        var warehouse = (ParcelninjaRunningSimulator)hub.World.Fulfillment!;
        warehouse.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = CreateOutboundFaults.ErrorAfterCreate, Count = 2 });
        var sku = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadSkusAsync(ct)).FirstOrDefault(), "a product on Shopify", ct);

        var placed = new List<PlacedOrder>();
        for (var i = 0; i < 4; i++) placed.Add(await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct));

        foreach (var order in placed)
        {
            var tracking = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadOrderAsync(order.OrderCode, ct))?.TrackingNumbers.FirstOrDefault(),
                $"order {order.OrderCode} fulfilled on Shopify with tracking", ct);
            warehouse.OutboundCount(order.OrderCode).ShouldBe(1, $"order {order.OrderCode}: one outbound, whatever Parcelninja answered");
            var shipment = (await warehouse.ReadShipmentAsync(order.OrderCode, ct)).ShouldNotBeNull();
            tracking.ShouldBe(shipment.TrackingNumber);
            var record = (await new OrderRecords(hub.Store).GetAsync(DemoIds.Client, OrderRecords.Key(hub.World.ChannelConnection, order.OrderCode), ct)).ShouldNotBeNull();
            record.State.ShouldBe(OrderState.Fulfilled);
            record.Fulfillments.ShouldNotBeNull().ShouldHaveSingleItem().ShipmentId.ShouldBe(shipment.ShipmentId);
            (await hub.World.Source.FindOrdersAsync(order.OrderCode, ct)).Count.ShouldBe(1);
        }
        warehouse.Faults.Injected.ShouldBe(2, "the 500-after-create fault hit two hand-overs");
    }

    [Fact]
    public async Task Parcelninjas_status_webhooks_bring_the_tracking_to_shopify_without_waiting_for_the_poll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(
            new DemoOptions { Fulfillment = "parcelninja", StockCodes = 4, PullIntervalSeconds = 1, FulfillmentPollIntervalSeconds = 3600 }, ct);
        var warehouse = (ParcelninjaRunningSimulator)hub.World.Fulfillment!;
        // What the merchant sets up at Parcelninja: the account's callback URL pointing at the hub's fulfilment connection.
        lock (warehouse.Warehouse.Gate) warehouse.Warehouse.HookUrl = new Uri(hub.World.HubUrl, $"webhooks/{hub.World.FulfillmentConnection}").ToString();
        var sku = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadSkusAsync(ct)).FirstOrDefault(), "a product on Shopify", ct);

        var order = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);

        var tracking = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadOrderAsync(order.OrderCode, ct))?.TrackingNumbers.FirstOrDefault(),
            $"order {order.OrderCode} fulfilled on Shopify well before the hour-long poll", ct, seconds: 60);
        tracking.ShouldBe((await warehouse.ReadShipmentAsync(order.OrderCode, ct))!.TrackingNumber);
        warehouse.OutboundCount(order.OrderCode).ShouldBe(1);
    }
}
