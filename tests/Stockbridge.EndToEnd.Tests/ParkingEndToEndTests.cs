using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// Disabling a connection with work queued for it stops every outside call to its system (issue 15: 4,573 calls in 27
/// minutes after a disable); enabling it runs the parked work.
/// </summary>
public sealed class ParkingEndToEndTests
{
    [Fact]
    public async Task Disabling_a_channel_with_queued_pushes_makes_no_further_calls_and_enabling_runs_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 12, PullIntervalSeconds = 1 }, ct);
        var skus = await Eventually.GetAsync(() => hub.World.Shop.ReadAsync(s =>
            s.Products.Values.SelectMany(p => p.Variants).Select(v => v.Sku).OfType<string>().ToList() is { Count: > 0 } list ? list : null, ct),
            "products on Shopify", ct);
        // Slow answers, so the pushes the next pull queues wait behind the connection's limit.
        var slow = hub.World.Shop.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 400 });
        foreach (var sku in skus) await hub.World.Syspro.Company.ChangePriceAsync(sku, "A", 123.45m, ct);
        await Eventually.GetAsync(async () => (await JobsAsync(hub, JobState.Pending, ct)).Count > 0 ? "queued" : null, "pushes queued for Shopify", ct);

        await hub.SetEnabledAsync(DemoIds.Shopify, enabled: false, ct);

        await Eventually.GetAsync(async () => (await JobsAsync(hub, JobState.Running, ct)).Count == 0 ? "stopped" : null, "running Shopify jobs to stop", ct);
        var callsAtRest = hub.World.Shop.AdminRequestCount;
        var parked = await JobsAsync(hub, JobState.Parked, ct);
        parked.ShouldNotBeEmpty("the queued pushes are kept, parked");
        parked.ShouldAllBe(j => j.Failures == 0);
        // Pulls (every second) and schedule ticks (every half second) go on meanwhile.
        await Task.Delay(TimeSpan.FromSeconds(4), ct);
        hub.World.Shop.AdminRequestCount.ShouldBe(callsAtRest, "a disabled connection's system gets no calls");
        (await JobsAsync(hub, JobState.Pending, ct)).ShouldBeEmpty();

        hub.World.Shop.Faults.Remove(slow);
        await hub.SetEnabledAsync(DemoIds.Shopify, enabled: true, ct);

        // Drained: nothing parked or waiting, and every job that was parked has finished (one may still be running a moment).
        await Eventually.GetAsync(async () => (await JobsAsync(hub, JobState.Parked, ct)).Count == 0
            && (await JobsAsync(hub, JobState.Pending, ct)).Count == 0
            && (await JobsAsync(hub, JobState.Running, ct)).Count == 0 ? "drained" : null, "the parked pushes to run", ct);
        hub.World.Shop.AdminRequestCount.ShouldBeGreaterThan(callsAtRest);
        foreach (var id in parked.Select(j => j.Id))
            (await hub.Store.Jobs.GetAsync(DemoIds.Client, id, ct)).ShouldNotBeNull().State.ShouldBe(JobState.Succeeded);
    }

    private static Task<IReadOnlyList<Job>> JobsAsync(InProcessHub hub, JobState state, CancellationToken ct) =>
        hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(state, ConnectionId: DemoIds.Shopify, Limit: 1000), ct);
}
