using Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;
using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;
using Stockbridge.Demo;
using Stockbridge.Simulators.Faults;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// Order to cash under fire: Shopify orders raised into SYSPRO and handed to Parcelninja while the hub process is SIGKILLed
/// at random and Parcelninja answers 500 (some after creating the outbound). Afterwards, read from the simulators
/// themselves: one sales order per order, one Parcelninja outbound per order, and one Shopify fulfilment per order carrying
/// that outbound's waybill. Bounded: the order flow and the kills stop by themselves.
/// </summary>
public sealed class FulfillmentChaosTests
{
    private const int Orders = 120;
    private const int MinimumKills = 5;

    [Fact]
    public async Task Orders_shipped_by_parcelninja_with_the_hub_killed_get_one_outbound_and_one_shopify_fulfilment_each()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await DemoEnvironment.StartAsync(new DemoOptions
        {
            StockCodes = 20, ChannelArguments = ["--plan", "plus"], Fulfillment = "parcelninja",
            PullIntervalSeconds = 2, OrderPollIntervalSeconds = 4, ReconcileIntervalSeconds = 8, FulfillmentPollIntervalSeconds = 2,
        }, ct);
        var warehouse = (ParcelninjaRunningSimulator)world.Fulfillment!;
        warehouse.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = CreateOutboundFaults.ErrorAfterCreate, Probability = 0.15 });
        // 500s before anything is done, on creates and on the look-ups and reads that follow them. (Not "any" target: that
        // would also fire the id-0 refusal, which is Parcelninja declining the order for good.)
        warehouse.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = "POST outbounds", Probability = 0.05 });
        warehouse.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = "GET outbounds*", Probability = 0.05 });
        await using var hub = new HubProcess(Path.Combine(AppContext.BaseDirectory, "stockbridge.dll"), world.ConfigPath, world.HubUrl);
        await hub.StartAsync(ct);

        var traffic = new DemoTraffic(world, seed: 23, accountShare: 0);
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (await traffic.PlaceOrderAsync(ct) is null)
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException("the catalogue never reached Shopify");
            await Task.Delay(250, ct);
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var killer = HubKiller.RunAsync(hub, seed: 9, stop.Token);
        while (traffic.PlacedOrders.Count < Orders)
        {
            if (await traffic.PlaceOrderAsync(ct) is null) await Task.Delay(20, ct);
            await Task.Delay(50, ct);
        }
        while (hub.Kills < MinimumKills) await Task.Delay(200, ct);
        await stop.CancelAsync();
        await killer;
        await hub.StartAsync(ct); // the last kill leaves it down; the survivor finishes the work
        warehouse.Faults.Clear();

        await using var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = world.StorePath, MasterKeys = world.MasterKeys }, TimeProvider.System, ct);
        var verdict = await new DemoVerifier(world, store).WaitForAsync(traffic.Placed, TimeSpan.FromMinutes(4), ct);

        hub.Kills.ShouldBeGreaterThanOrEqualTo(MinimumKills);
        warehouse.Faults.Injected.ShouldBeGreaterThan(0, "Parcelninja must actually have faulted");
        verdict.Problems.Take(20).ShouldBeEmpty();
        verdict.OrdersRaisedOnce.ShouldBe(verdict.OrdersPlaced);
        verdict.OrdersFulfilled.ShouldBe(verdict.OrdersPlaced);
        var fulfilments = await world.Shop.ReadAsync(s => s.Orders.Values.ToDictionary(o => o.Name, o => o.Fulfillments.Count), ct);
        foreach (var code in traffic.PlacedOrders)
        {
            warehouse.OutboundCount(code).ShouldBe(1, $"order {code}: one outbound");
            fulfilments[code].ShouldBe(1, $"order {code}: one Shopify fulfilment");
        }
    }
}
