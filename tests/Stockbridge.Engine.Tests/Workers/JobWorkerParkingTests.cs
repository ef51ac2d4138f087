using Stockbridge.Engine.Retries;
using Stockbridge.Engine.Tests.Support;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Workers;

/// <summary>A disabled connection's jobs make no outside calls: queued ones are parked, a running one is stopped and parked.</summary>
public sealed class JobWorkerParkingTests
{
    private const string Shop = "acme-shop";

    private static Task SetEnabledAsync(WorkerHarness h, bool enabled) => h.Store.AddConnectionAsync(Shop, enabled: enabled);

    [Fact]
    public async Task RunDue_QueuedJobsOfDisabledConnection_NeverReachTheHandlerUntilEnabled()
    {
        var handler = ScriptedHandler.Failing("push", _ => null);
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions(), handler);
        await SetEnabledAsync(h, enabled: true);
        for (var i = 0; i < 5; i++) await h.EnqueueAsync("push", connectionId: Shop);

        await SetEnabledAsync(h, enabled: false);

        (await h.RunUntilIdleAsync()).ShouldBeEmpty();
        handler.Calls.ShouldBeEmpty();
        await SetEnabledAsync(h, enabled: true);
        (await h.RunUntilIdleAsync()).ShouldBe(Enumerable.Repeat(JobRunOutcome.Succeeded, 5));
        handler.Calls.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Run_ConnectionDisabledWhileRunning_HandlerStopsCallingAndJobIsParkedNotFailed()
    {
        var calls = 0;
        var handler = new ScriptedHandler("pull", async (context, ct) =>
        {
            // A long job making one outside call per second, as a paged pull does.
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                Interlocked.Increment(ref calls);
                await Task.Delay(TimeSpan.FromSeconds(1), context.Time, ct);
            }
        });
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions(), handler);
        await SetEnabledAsync(h, enabled: true);
        var id = await h.EnqueueAsync("pull", connectionId: Shop);
        var claimed = (await h.Worker.ClaimAsync(1, CancellationToken.None)).ShouldHaveSingleItem();
        var run = h.Worker.RunAsync(claimed, CancellationToken.None);
        await AdvanceAsync(h, TimeSpan.FromSeconds(3), run);

        await SetEnabledAsync(h, enabled: false);
        await AdvanceAsync(h, TimeSpan.FromSeconds(30), run);

        (await run.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBe(JobRunOutcome.Parked);
        var afterStop = Volatile.Read(ref calls);
        afterStop.ShouldBeLessThanOrEqualTo(6, "the job stops within one check interval (2 s) of the disable");
        var job = await h.GetAsync(id);
        job.State.ShouldBe(JobState.Parked);
        job.Failures.ShouldBe(0);
        (await h.Jobs.AttemptsAsync(TestStore.ClientId, id, CancellationToken.None)).ShouldHaveSingleItem().Outcome.ShouldBe("parked");
        (await h.RunDueAsync()).ShouldBeEmpty();
        Volatile.Read(ref calls).ShouldBe(afterStop);
    }

    private static async Task AdvanceAsync(WorkerHarness h, TimeSpan span, Task run)
    {
        for (var passed = TimeSpan.Zero; passed < span && !run.IsCompleted; passed += TimeSpan.FromMilliseconds(500))
        {
            h.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
