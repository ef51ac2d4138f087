using Stockbridge.Bench.Shared;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Web.Operations;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// The three steps: the initial load (hub start → every variant on the shop with its projected price and stock), an
/// unchanged re-sync (a forced full pull: the shop must get no writes), and a delta (a share of stock codes changed in
/// SYSPRO → the shop shows them). Each step starts from a full cost bucket.
/// </summary>
internal static class CatalogueRun
{
    public static async Task<CatalogueResult> RunAsync(CatalogueOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = new CatalogueResult { Machine = MachineInfo.Describe(), LoadAtStart = MachineInfo.Load() };
        var step = "seeding SYSPRO";
        try
        {
            Console.WriteLine($"seeding {options.Variants:N0} stock codes into {options.Directory} …");
            await using var world = await CatalogueWorld.StartAsync(options, cancellationToken);
            result.SeedTime = world.SeedTime;
            var bucket = world.Shop.Runtime.Bucket;
            result.Bucket = (bucket.Capacity, bucket.RestoreRate);
            result.Plan = $"{options.Plan} ({ShopifyPlanLimits.DisplayName(options.Plan)}: bucket {bucket.Capacity:N0} points, restore {bucket.RestoreRate:N0}/s)";
            Console.WriteLine($"seeded in {world.SeedTime.TotalSeconds:0.0} s; shop plan {result.Plan}");

            var configPath = HubConfigWriter.Write(options, new Uri($"http://127.0.0.1:{FreePort.Next()}/"), world.Syspro, world.Shop);
            var calls = new ShopifyCallMeter();
            await using var hub = await CatalogueHub.BuildAsync(options, configPath, calls, cancellationToken);
            var store = hub.Services.GetRequiredService<IStore>();
            var jobs = new HubJobs(store, Path.Combine(options.Directory, "hub.db"), time);
            var trigger = new SyncTrigger(store, hub.Services.GetRequiredService<SyncNow>(), jobs, time);
            var wait = new ShopWait(world.Shop, jobs, time);
            var channel = await store.Connections.GetAsync(BenchIds.Client, BenchIds.Shopify, cancellationToken)
                ?? throw new InvalidOperationException("The Shopify connection is not in the store.");
            var rules = ConnectionRules.Channel(channel);
            var expected = await ExpectedCatalogue.ReadAsync(world.Syspro, rules, cancellationToken);

            step = "initial load";
            Console.WriteLine($"{step}: starting the hub; waiting for {expected.Count:N0} variants on the shop …");
            var meter = await StepMeter.StartAsync(world.Shop, calls, jobs, cancellationToken);
            await hub.StartAsync(cancellationToken);
            var (match, done) = await wait.RunAsync(expected, meter.Started, cancellationToken);
            await jobs.WaitIdleAsync(cancellationToken);
            result.Steps.Add(Report(await meter.StopAsync("Initial load", done, match, await LatestPullAsync(store, trigger, cancellationToken), cancellationToken)));

            step = "unchanged re-sync";
            await WaitForFullBucketAsync(world.Shop, time, cancellationToken);
            Console.WriteLine($"{step}: forced full pull …");
            meter = await StepMeter.StartAsync(world.Shop, calls, jobs, cancellationToken);
            var pull = await trigger.PullAsync(full: true, cancellationToken);
            var detail = await trigger.WaitAsync(pull, cancellationToken);
            await jobs.WaitIdleAsync(cancellationToken);
            done = Stopwatch.GetTimestamp();
            match = await ShopCheck.CompareAsync(world.Shop, expected, cancellationToken);
            var resync = Report(await meter.StopAsync("Unchanged re-sync", done, match, detail, cancellationToken));
            result.Steps.Add(resync);
            if (resync.Writes != 0) result.Problems.Add($"the unchanged re-sync wrote to the shop {resync.Writes:N0} times (must be 0)");
            if (!match.Complete) result.Problems.Add($"after the unchanged re-sync the shop no longer matches: {match}");

            step = $"{options.DeltaPercent:0.##}% delta";
            var (prices, stock, took) = await ErpDelta.ApplyAsync(world.Syspro, options.Variants, options.DeltaPercent, cancellationToken);
            Console.WriteLine($"{step}: {prices:N0} price and {stock:N0} stock changes made in SYSPRO in {took.TotalSeconds:0.0} s; sync now …");
            var changed = await ExpectedCatalogue.ReadAsync(world.Syspro, rules, cancellationToken);
            await WaitForFullBucketAsync(world.Shop, time, cancellationToken);
            meter = await StepMeter.StartAsync(world.Shop, calls, jobs, cancellationToken);
            pull = await trigger.PullAsync(full: false, cancellationToken);
            (match, done) = await wait.RunAsync(changed, meter.Started, cancellationToken);
            detail = $"{prices:N0} list prices + {stock:N0} JHB quantities changed; " + await trigger.WaitAsync(pull, cancellationToken);
            await jobs.WaitIdleAsync(cancellationToken);
            result.Steps.Add(Report(await meter.StopAsync($"{options.DeltaPercent:0.##}% delta", done, match, detail, cancellationToken)));

            foreach (var s in result.Steps)
            {
                foreach (var kind in s.Jobs.Where(k => k.Failed > 0))
                    result.Problems.Add($"{s.Name}: {kind.Failed:N0} {kind.Kind} jobs failed (stockbridge jobs list --state failed --store {Path.Combine(options.Directory, "hub.db")})");
            }
            await hub.StopAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result.Problems.Add($"stopped (time limit of {options.Timeout.TotalMinutes:N0} min, or interrupted) during the {step}");
        }
        return result;
    }

    private static StepResult Report(StepResult step)
    {
        Console.WriteLine($"  {step.Name}: {step.Wall.TotalSeconds:N1} s, {step.Points:N0} points ({step.Calls.ActualPoints:N0} actual), minimum {step.Minimum.TotalSeconds:N1} s, " +
                          $"{step.Writes:N0} writes, {step.Calls.Throttled:N0} THROTTLED; {step.Detail}");
        return step;
    }

    private static async Task<string> LatestPullAsync(IStore store, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        var pulls = await store.Jobs.ListAsync(BenchIds.Client, new JobQuery(Kind: SyncJobKinds.SourcePull, Limit: 1), cancellationToken);
        return pulls.Count == 0 ? "no pull" : await trigger.WaitAsync(pulls[0].Id, cancellationToken);
    }

    /// <summary>Waits (at most a minute) until the shop's cost bucket is full again, so each step starts alike.</summary>
    private static async Task WaitForFullBucketAsync(ShopifySimulatorHost shop, TimeProvider time, CancellationToken cancellationToken)
    {
        var bucket = shop.Runtime.Bucket;
        for (var i = 0; i < 240 && bucket.Available < bucket.Capacity; i++) await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
    }
}
