using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Demo;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// The product's promise under fire: 1,000 Shopify orders arrive as signed webhooks while the hub process is SIGKILLed at
/// random at least ten times and SYSPRO answers with 5xx, latency and timeouts after commit. Afterwards SYSPRO itself must
/// hold exactly one sales order per Shopify order, every Shopify order must carry its number, and Shopify's stock must equal
/// the hub's projection of the ERP's stock. Bounded: the order flow and the kills stop by themselves.
/// </summary>
public sealed class ChaosTests
{
    private const int Orders = 1000;
    private const int MinimumKills = 10;

    [Fact]
    public async Task Thousand_orders_with_hub_killed_and_syspro_faulting_are_raised_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await DemoEnvironment.StartAsync(new DemoOptions
        {
            StockCodes = 30, ChannelArguments = ["--plan", "plus"], PullIntervalSeconds = 2, OrderPollIntervalSeconds = 4, ReconcileIntervalSeconds = 8,
        }, ct);
        foreach (var rule in ChaosFaults.Rules()) world.Syspro.Faults.Add(rule);
        await using var hub = new HubProcess(Path.Combine(AppContext.BaseDirectory, "stockbridge.dll"), world.ConfigPath, world.HubUrl);
        await hub.StartAsync(ct);

        // Cash-account orders only: B2B accounts have credit limits, and 1,000 orders would rightly exhaust some of them.
        var traffic = new DemoTraffic(world, seed: 11, accountShare: 0);
        await WaitForCatalogueAsync(traffic, ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var killer = HubKiller.RunAsync(hub, seed: 5, stop.Token);
        while (traffic.PlacedOrders.Count < Orders)
        {
            if (await traffic.PlaceOrderAsync(ct) is null) await Task.Delay(20, ct);
        }
        while (hub.Kills < MinimumKills) await Task.Delay(200, ct);
        await stop.CancelAsync();
        await killer;
        await hub.StartAsync(ct); // the last kill leaves it down; the survivor finishes the work
        world.Syspro.Faults.Clear();

        await using var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = world.StorePath, MasterKeys = world.MasterKeys }, TimeProvider.System, ct);
        var verdict = await new DemoVerifier(world, store).WaitForAsync(traffic.Placed, TimeSpan.FromMinutes(4), ct);

        hub.Kills.ShouldBeGreaterThanOrEqualTo(MinimumKills);
        world.Syspro.Faults.Injected.ShouldBeGreaterThan(0, "SYSPRO must actually have faulted");
        verdict.OrdersPlaced.ShouldBe(Orders);
        verdict.Problems.Take(20).ShouldBeEmpty();
        verdict.OrdersRaisedOnce.ShouldBe(Orders);
        verdict.OrdersMarked.ShouldBe(Orders);
    }

    private static async Task WaitForCatalogueAsync(DemoTraffic traffic, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (await traffic.PlaceOrderAsync(ct) is null)
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException("the catalogue never reached Shopify");
            await Task.Delay(250, ct);
        }
    }
}
