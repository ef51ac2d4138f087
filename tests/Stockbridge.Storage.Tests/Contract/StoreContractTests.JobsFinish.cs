using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Complete_HeldJob_SucceedsWithResultAndClosesAttempt()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var claimed = await ClaimSingleAsync();
        Time.Advance(TimeSpan.FromSeconds(3));

        (await Store.Jobs.CompleteAsync(id, claimed.LeaseToken, """{"pushed":1}""", Ct)).ShouldBeTrue();

        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Succeeded);
        job.Result.ShouldBe("""{"pushed":1}""");
        job.LeaseOwner.ShouldBeNull();
        var attempt = (await Store.Jobs.AttemptsAsync(Acme, id, Ct)).ShouldHaveSingleItem();
        attempt.ShouldBe(new JobAttempt(id, 1, "w1", Start, Start.AddSeconds(3), "succeeded", null));
        (await Store.Jobs.CompleteAsync(id, claimed.LeaseToken, null, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task FailAttempt_RetryThenDeadLetter_KeepsReasonAndEveryAttempt()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var first = await ClaimSingleAsync();

        (await Store.Jobs.FailAttemptAsync(id, first.LeaseToken, new JobFailure("transient", "HTTP 503", Start.AddSeconds(30)), Ct)).ShouldBeTrue();

        var waiting = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        waiting.State.ShouldBe(JobState.Pending);
        waiting.NextRunAt.ShouldBe(Start.AddSeconds(30));
        waiting.Failures.ShouldBe(1);
        waiting.LastErrorKind.ShouldBe("transient");
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
        Time.Advance(TimeSpan.FromSeconds(30));
        var second = await ClaimSingleAsync("w2");

        (await Store.Jobs.FailAttemptAsync(id, second.LeaseToken, new JobFailure("permanent", "Unknown StockCode A-1", null), Ct)).ShouldBeTrue();

        var dead = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        dead.State.ShouldBe(JobState.Failed);
        dead.LastError.ShouldBe("Unknown StockCode A-1");
        dead.Failures.ShouldBe(2);
        dead.Attempts.ShouldBe(2);
        dead.Payload.ShouldBe("{}");
        var attempts = await Store.Jobs.AttemptsAsync(Acme, id, Ct);
        attempts.Select(a => (a.Number, a.Outcome, a.Error)).ShouldBe([(1, "transient", "HTTP 503"), (2, "permanent", "Unknown StockCode A-1")]);
        attempts.ShouldAllBe(a => a.EndedAt != null);
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task FailAttempt_RateLimited_DoesNotCountAsFailure()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var claimed = await ClaimSingleAsync();

        (await Store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("rate_limited", "429", Start.AddSeconds(2), CountsAsFailure: false), Ct)).ShouldBeTrue();

        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        job.Failures.ShouldBe(0);
        job.Attempts.ShouldBe(1);
        job.State.ShouldBe(JobState.Pending);
    }

    [Fact]
    public async Task Replay_FailedJob_IsPendingAndDueNow()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var claimed = await ClaimSingleAsync();
        await Store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("permanent", "bad", null), Ct);
        Time.Advance(TimeSpan.FromHours(1));

        (await Store.Jobs.ReplayAsync(Acme, id, Ct)).ShouldBeTrue();

        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Pending);
        job.NextRunAt.ShouldBe(Start.AddHours(1));
        var again = await ClaimSingleAsync();
        again.Job.Attempts.ShouldBe(2);
        (await Store.Jobs.ReplayAsync(Acme, id, Ct)).ShouldBeFalse();
        (await Store.Jobs.AttemptsAsync(Acme, id, Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task RetryNow_JobWaitingOnBackoff_BecomesDue()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a", runAt: Start.AddHours(1)), Ct);

        (await Store.Jobs.RetryNowAsync(Acme, id, Ct)).ShouldBeTrue();

        (await ClaimSingleAsync()).Job.Id.ShouldBe(id);
        (await Store.Jobs.RetryNowAsync(Acme, id, Ct)).ShouldBeFalse();
    }
}
