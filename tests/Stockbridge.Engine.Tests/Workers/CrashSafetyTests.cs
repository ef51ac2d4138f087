using Stockbridge.Engine.Testing;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Workers;

/// <summary>
/// Crash safety of the job engine, with real processes: worker processes share one SQLite file and are SIGKILLed at
/// random moments. What is proved: no job is lost (every job ends Succeeded), the store records exactly one succeeded
/// attempt per job (lease fencing), and every job's effect is applied exactly once per idempotency key even though
/// handlers really did run more than once (see EffectHandler in the crash worker for why that holds).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 20;
    private const int Batch = 200;

    [Fact]
    public async Task Workers_SigkilledAtRandomMoments_EveryJobCompletesAndItsEffectIsAppliedExactlyOnce()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        var effectsPath = Path.Combine(store.Directory, "effects.db");
        var ledger = new EffectLedger(effectsPath);
        ledger.CreateSchema();
        var requests = new List<JobRequest>();
        var ids = new List<long>();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var log = Path.Combine(store.Directory, "workers.log");
        var killedMidRun = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            // Keep work outstanding at every kill, however fast this machine runs the jobs.
            if (requests.Count - await SucceededAsync(store) < Batch) await TopUpAsync(store, requests, ids);
            var executionsBefore = Executions(ledger);
            using var worker = CrashWorkerProcess.Start(log, "jobs", store.DatabasePath, effectsPath);
            // Kill at a random moment once it is really working (process start-up time varies with machine load).
            var startDeadline = Environment.TickCount64 + 30_000;
            while (Executions(ledger) == executionsBefore && Environment.TickCount64 < startDeadline)
                await Task.Delay(10, TestContext.Current.CancellationToken);
            await Task.Delay(random.Next(0, 500), TestContext.Current.CancellationToken);
            worker.Kill();
            if (await SucceededAsync(store) < requests.Count) killedMidRun++;
        }
        var jobs = requests.Count;
        output.WriteLine($"seed {seed}: {killedMidRun} of {Kills} kills landed with work outstanding; {await SucceededAsync(store)} of {jobs} jobs done before the last run");

        using (CrashWorkerProcess.Start(log, "jobs", store.DatabasePath, effectsPath))
        {
            var deadline = Environment.TickCount64 + 45_000;
            while (await SucceededAsync(store) < jobs && Environment.TickCount64 < deadline) await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        killedMidRun.ShouldBe(Kills, "every kill should land while jobs remain, or the test proves less than it claims");
        (await SucceededAsync(store)).ShouldBe(jobs, $"no job may be lost; worker log: {log}");
        var effects = ledger.CountByKey("effects");
        effects.Count.ShouldBe(jobs);
        effects.ShouldAllBe(e => e.Value == 1);
        effects.Keys.Order(StringComparer.Ordinal).ShouldBe(requests.Select(r => r.IdempotencyKey!).Order(StringComparer.Ordinal));

        var executions = Executions(ledger);
        var abandoned = 0;
        foreach (var id in ids)
        {
            var attempts = await store.Store.Jobs.AttemptsAsync(TestStore.ClientId, id, CancellationToken.None);
            attempts.Count(a => a.Outcome == "succeeded").ShouldBe(1, $"job {id}");
            abandoned += attempts.Count(a => a.Outcome == "abandoned");
        }
        output.WriteLine($"{executions} handler runs for {jobs} jobs; {abandoned} abandoned attempts; {ledger.CountByKey("skips").Values.Sum()} re-runs found their effect already applied");
        executions.ShouldBeGreaterThan(jobs, "the kills must have made some jobs run again");
        abandoned.ShouldBeGreaterThan(0);
    }

    private static async Task TopUpAsync(TestStore store, List<JobRequest> requests, List<long> ids)
    {
        var more = Enumerable.Range(requests.Count, Batch)
            .Select(i => new JobRequest(TestStore.ClientId, null, EffectLedger.JobKind, null, $$"""{"n":{{i}}}""", IdempotencyKey: $"effect-{i}"))
            .ToList();
        ids.AddRange(await store.Store.Jobs.EnqueueManyAsync(more, CancellationToken.None));
        requests.AddRange(more);
    }

    private static long Executions(EffectLedger ledger) => ledger.CountByKey("executions").Values.Sum();

    private static async Task<long> SucceededAsync(TestStore store) =>
        (await store.Store.Jobs.CountByStateAsync(TestStore.ClientId, CancellationToken.None)).GetValueOrDefault(JobState.Succeeded);
}
