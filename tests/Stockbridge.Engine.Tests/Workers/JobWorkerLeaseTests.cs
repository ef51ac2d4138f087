using Stockbridge.Engine.Retries;
using Stockbridge.Engine.Tests.Support;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Workers;

public sealed class JobWorkerLeaseTests
{
    [Fact]
    public async Task RunDue_WorkerDiedHoldingJob_JobRunsAgainAfterLeaseAndStaleTokenCannotFinish()
    {
        var handler = ScriptedHandler.Failing("work", _ => null);
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions(), handler);
        var id = await h.EnqueueAsync("work");
        // Another worker claims it and dies (never completes).
        var dead = (await h.Jobs.ClaimAsync(new ClaimRequest("dead-worker", 1, TimeSpan.FromSeconds(30)), CancellationToken.None)).ShouldHaveSingleItem();

        (await h.RunDueAsync()).ShouldBeEmpty("the dead worker's lease is still running");
        h.Time.Advance(TimeSpan.FromSeconds(31));
        (await h.RunDueAsync()).ShouldBe([JobRunOutcome.Succeeded]);

        (await h.Jobs.CompleteAsync(id, dead.LeaseToken, "late", CancellationToken.None)).ShouldBeFalse();
        var job = await h.GetAsync(id);
        job.State.ShouldBe(JobState.Succeeded);
        job.Result.ShouldBe("""{"ok":true}""");
        var attempts = await h.Jobs.AttemptsAsync(TestStore.ClientId, id, CancellationToken.None);
        attempts.Select(a => a.Outcome).ShouldBe(["abandoned", "succeeded"]);
    }

    [Fact]
    public async Task Run_LongHandler_LeaseRenewedSoNoOtherWorkerTakesTheJob()
    {
        var release = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler("slow", (_, _) => release.Task);
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions(), handler);
        var id = await h.EnqueueAsync("slow");
        var claimed = (await h.Worker.ClaimAsync(1, CancellationToken.None)).ShouldHaveSingleItem();
        var run = h.Worker.RunAsync(claimed, CancellationToken.None);

        var start = h.Time.GetUtcNow();
        while (h.Time.GetUtcNow() - start < TimeSpan.FromSeconds(60))
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(30, TestContext.Current.CancellationToken);
        }
        (await h.GetAsync(id)).LeaseExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(h.Time.GetUtcNow());
        // 60 s have passed on a 30 s lease: without renewal another worker would now take the job.
        (await h.Jobs.ClaimAsync(new ClaimRequest("other", 1, TimeSpan.FromSeconds(30)), CancellationToken.None)).ShouldBeEmpty();

        release.SetResult("done");
        (await run).ShouldBe(JobRunOutcome.Succeeded);
        handler.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Run_LeaseTakenOverWhileRunning_HandlerCancelledAndNothingWritten()
    {
        var handler = new ScriptedHandler("slow", async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        await using var h = await WorkerHarness.CreateAsync(new RetryOptions(), handler);
        var id = await h.EnqueueAsync("slow");
        var claimed = (await h.Worker.ClaimAsync(1, CancellationToken.None)).ShouldHaveSingleItem();
        // The worker stalls past its lease (no renewal happened) and another worker takes the job over.
        h.Time.Advance(TimeSpan.FromSeconds(31));
        var other = (await h.Jobs.ClaimAsync(new ClaimRequest("other", 1, TimeSpan.FromSeconds(30)), CancellationToken.None)).ShouldHaveSingleItem();

        var run = h.Worker.RunAsync(claimed, CancellationToken.None);
        for (var i = 0; i < 500 && !run.IsCompleted; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(15, TestContext.Current.CancellationToken);
        }
        (await run.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBe(JobRunOutcome.LeaseLost);

        var job = await h.GetAsync(id);
        job.State.ShouldBe(JobState.Running);
        job.LeaseOwner.ShouldBe("other");
        (await h.Jobs.CompleteAsync(id, other.LeaseToken, null, CancellationToken.None)).ShouldBeTrue();
    }
}
