using Stockbridge.Bench.Shared;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Demo;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Bench.Soak;

/// <summary>
/// The chaos test at scale: orders arrive as signed webhooks while the hub process is SIGKILLed at random and SYSPRO
/// faults. The kills go on until every order is placed (or, with <c>--kill-until raised</c>, until every order is in SYSPRO
/// or that count stops moving for a minute) and at least <see cref="SoakOptions.MinKills"/> kills happened; then a survivor
/// finishes and the verifier checks SYSPRO and Shopify.
/// </summary>
internal static class SoakRun
{
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(1);

    public static async Task<SoakResult> RunAsync(SoakOptions options, TimeProvider time, CancellationToken interrupt)
    {
        using var limit = new CancellationTokenSource(options.Timeout, time);
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, interrupt);
        var machine = MachineInfo.Describe();
        var load = MachineInfo.Load();
        var state = new SoakState(time);
        try
        {
            return await RunCoreAsync(options, time, state, overall.Token) with { Machine = machine, LoadAtStart = load, LoadAtEnd = MachineInfo.Load() };
        }
        catch (OperationCanceledException) when (overall.IsCancellationRequested)
        {
            return state.Partial(machine, load, state.Elapsed, interrupt.IsCancellationRequested
                ? $"INTERRUPTED (SIGINT/SIGTERM) while {state.Stage}"
                : $"TIMED OUT: the soak did not finish within its hard limit of {options.Timeout.TotalMinutes:N0} minutes ({state.Stage})");
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            return state.Partial(machine, load, state.Elapsed, $"FAILED while {state.Stage}: {e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task<SoakResult> RunCoreAsync(SoakOptions options, TimeProvider time, SoakState state, CancellationToken ct)
    {
        state.Stage = "starting the simulators";
        await using var world = await DemoEnvironment.StartAsync(new DemoOptions
        {
            StockCodes = options.StockCodes, ChannelArguments = ["--plan", "plus"], PullIntervalSeconds = 2, OrderPollIntervalSeconds = 4, ReconcileIntervalSeconds = 8,
        }, ct);
        foreach (var rule in ChaosFaults.Rules()) world.Syspro.Faults.Add(rule);
        await using var hub = new HubProcess(Path.Combine(AppContext.BaseDirectory, "stockbridge.dll"), world.ConfigPath, world.HubUrl, time);
        state.Attach(world, hub);
        try
        {
            return await RunWithHubAsync(options, time, state, world, hub, ct);
        }
        finally
        {
            state.Snapshot();
        }
    }

    private static async Task<SoakResult> RunWithHubAsync(SoakOptions options, TimeProvider time, SoakState state, DemoEnvironment world, HubProcess hub, CancellationToken ct)
    {
        state.Stage = "starting the hub";
        await hub.StartAsync(ct);

        // Cash-account orders only: B2B accounts have credit limits, and thousands of orders would rightly exhaust some.
        var traffic = new DemoTraffic(world, seed: 11, accountShare: 0);
        state.Stage = "waiting for the catalogue to reach Shopify";
        await SoakTraffic.WaitForCatalogueAsync(traffic, time, ct);
        var monitor = new SoakMonitor(world, traffic, hub, options.Orders, time);
        state.Attach(traffic, monitor);
        using var stopMonitor = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watching = monitor.RunAsync(stopMonitor.Token);
        using var stopKilling = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var killer = HubKiller.RunAsync(hub, seed: 5, stopKilling.Token);

        state.Stage = "placing orders";
        var firstOrderAt = monitor.Elapsed;
        await SoakTraffic.PlaceAsync(traffic, options.Orders, time, ct);
        var placingTime = monitor.Elapsed - firstOrderAt;

        state.Stage = "killing the hub";
        while (hub.Kills < options.MinKills || (options.KillUntilRaised && monitor.AllRaisedAt is null && monitor.Elapsed - monitor.LastProgressAt < Stall))
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
        await stopKilling.CancelAsync();
        await killer;
        var killingTime = monitor.Elapsed - firstOrderAt;
        var raisedUnderFire = monitor.Raised;
        state.Stage = "starting the survivor";
        await hub.StartAsync(ct); // the last kill leaves it down; the survivor finishes the work
        world.Syspro.Faults.Clear(); // the counts by kind stay

        state.Stage = "verifying against SYSPRO and Shopify";
        await using var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = world.StorePath, MasterKeys = world.MasterKeys }, time, ct);
        var verdict = await new DemoVerifier(world, store).WaitForAsync(traffic.Placed, options.VerifyTimeout, ct);
        var wall = state.Elapsed;
        await stopMonitor.CancelAsync();
        await watching;
        var raisedAt = monitor.AllRaisedAt ?? (verdict.OrdersRaisedOnce == verdict.OrdersPlaced ? monitor.Elapsed : null);
        state.Snapshot();
        return state.Partial("", "", wall, null) with
        {
            Verdict = verdict,
            PlacingTime = placingTime,
            KillingTime = killingTime,
            RaisedWhileKilling = raisedUnderFire,
            RaiseWindow = raisedAt - firstOrderAt,
            OrdersRaised = verdict.OrdersRaisedOnce,
            Hub = await HubFigures.ReadAsync(world.StorePath, store, ct),
        };
    }
}
