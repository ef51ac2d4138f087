using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.Errors;
using Stockbridge.Engine.Retries;
using Stockbridge.Engine.Tests.Support;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Workers;

public sealed class JobWorkerRetryTests
{
    private static readonly RetryOptions Retry = new()
    {
        MaxRetryAttempts = 4,
        Delay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(5),
        UseJitter = true,
    };

    [Fact]
    public async Task RunDue_TransientErrors_RetriedWithJitteredBackoffWithinCapsThenDeadLettered()
    {
        var handler = ScriptedHandler.Failing("flaky", _ => new TransientConnectorException("502 Bad Gateway"));
        await using var h = await WorkerHarness.CreateAsync(Retry, handler);
        var ids = new List<long>();
        for (var i = 0; i < 10; i++) ids.Add(await h.EnqueueAsync("flaky"));
        var delays = new List<(int Retry, TimeSpan Delay)>();

        for (var retry = 1; retry <= Retry.MaxRetryAttempts; retry++)
        {
            var outcomes = await h.RunDueAsync();
            outcomes.Count.ShouldBe(ids.Count);
            outcomes.ShouldAllBe(o => o == JobRunOutcome.RetryScheduled);
            var now = h.Time.GetUtcNow();
            foreach (var id in ids)
            {
                var job = await h.GetAsync(id);
                job.State.ShouldBe(JobState.Pending);
                job.Failures.ShouldBe(retry);
                job.LastErrorKind.ShouldBe(ErrorKinds.Transient);
                delays.Add((retry, job.NextRunAt - now));
            }
            (await h.RunDueAsync()).ShouldBeEmpty("nothing is due before its backoff has passed");
            h.Time.Advance(TimeSpan.FromSeconds(5));
        }

        var cap = new BackoffCalculator(Retry);
        delays.ShouldAllBe(d => d.Delay >= TimeSpan.Zero && d.Delay <= cap.Cap(d.Retry));
        delays.Select(d => d.Delay).Distinct().Count().ShouldBeGreaterThan(delays.Count / 2, "full jitter spreads the waits");

        var last = await h.RunDueAsync();
        last.Count.ShouldBe(ids.Count);
        last.ShouldAllBe(o => o == JobRunOutcome.DeadLettered);
        foreach (var id in ids)
        {
            var job = await h.GetAsync(id);
            job.State.ShouldBe(JobState.Failed);
            job.Attempts.ShouldBe(Retry.MaxRetryAttempts + 1);
            job.LastError.ShouldNotBeNull().ShouldContain("Retries exhausted after 5 failed attempts");
            job.LastError.ShouldContain("502 Bad Gateway");
        }
        handler.Calls.Count.ShouldBe(10 * (Retry.MaxRetryAttempts + 1));
    }

    [Fact]
    public async Task RunDue_RateLimited_WaitsRetryAfterWithoutCountingAFailure()
    {
        var handler = ScriptedHandler.Failing("throttled", call => call == 1 ? new RateLimitedException("429 Too Many Requests", TimeSpan.FromSeconds(17)) : null);
        await using var h = await WorkerHarness.CreateAsync(Retry, handler);
        var id = await h.EnqueueAsync("throttled");

        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.RetryScheduled]);
        var job = await h.GetAsync(id);
        job.State.ShouldBe(JobState.Pending);
        job.NextRunAt.ShouldBe(h.Time.GetUtcNow() + TimeSpan.FromSeconds(17));
        job.Failures.ShouldBe(0);
        job.LastErrorKind.ShouldBe(ErrorKinds.RateLimited);

        h.Time.Advance(TimeSpan.FromSeconds(16));
        (await h.RunDueAsync()).ShouldBeEmpty();
        h.Time.Advance(TimeSpan.FromSeconds(1));
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.Succeeded]);
        (await h.GetAsync(id)).State.ShouldBe(JobState.Succeeded);
    }

    [Fact]
    public async Task RunDue_RateLimitedWithoutRetryAfter_UsesDefaultWait()
    {
        var handler = ScriptedHandler.Failing("throttled", _ => new RateLimitedException("THROTTLED"));
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions { DefaultRateLimitWait = TimeSpan.FromSeconds(9) }, handler);
        var id = await h.EnqueueAsync("throttled");
        await h.RunDueAsync();
        (await h.GetAsync(id)).NextRunAt.ShouldBe(h.Time.GetUtcNow() + TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task RunDue_Permanent_FailsAtOnceKeepingReasonAndPayload_ThenReplaySucceeds()
    {
        var handler = ScriptedHandler.Failing("raise", call => call == 1 ? new PermanentConnectorException("Unknown StockCode 'BOLT-9'", "SORTOI-17") : null);
        await using var h = await WorkerHarness.CreateAsync(Retry, handler);
        const string payload = """{"order":"#1001"}""";
        var id = await h.EnqueueAsync("raise", payload);

        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.DeadLettered]);
        var failed = await h.GetAsync(id);
        failed.State.ShouldBe(JobState.Failed);
        failed.Attempts.ShouldBe(1);
        failed.Payload.ShouldBe(payload);
        failed.LastErrorKind.ShouldBe(ErrorKinds.Permanent);
        failed.LastError.ShouldNotBeNull().ShouldContain("Unknown StockCode 'BOLT-9'");
        failed.LastError.ShouldContain("SORTOI-17");

        (await h.Jobs.ReplayAsync(TestStoreClient, id, CancellationToken.None)).ShouldBeTrue();
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.Succeeded]);
        var replayed = await h.GetAsync(id);
        replayed.State.ShouldBe(JobState.Succeeded);
        replayed.Result.ShouldBe("""{"ok":true}""");
        var attempts = await h.Jobs.AttemptsAsync(TestStoreClient, id, CancellationToken.None);
        attempts.Select(a => a.Outcome).ShouldBe(["permanent", "succeeded"]);
    }

    private const string TestStoreClient = Stockbridge.Engine.Testing.TestStore.ClientId;
}
