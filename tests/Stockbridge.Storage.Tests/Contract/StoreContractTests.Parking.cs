using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

/// <summary>Disabling a connection parks its waiting jobs (kept, never claimed, no attempt); enabling resumes them.</summary>
public abstract partial class StoreContractTests
{
    private Task SetEnabledAsync(string connectionId, bool enabled) =>
        Store.Connections.SaveAsync(Connection(Acme, connectionId) with { Enabled = enabled }, Ct);

    [Fact]
    public async Task Disable_ParksPendingJobs_WhichAreNotClaimedNorCounted()
    {
        var parked = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var other = await Store.Jobs.EnqueueAsync(Push("b", connectionId: AcmeErp), Ct);

        await SetEnabledAsync(AcmeShop, enabled: false);

        var job = (await Store.Jobs.GetAsync(Acme, parked, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Parked);
        job.Attempts.ShouldBe(0);
        job.Failures.ShouldBe(0);
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).Select(c => c.Job.Id).ShouldBe([other]);
        (await Store.Jobs.AttemptsAsync(Acme, parked, Ct)).ShouldBeEmpty();
        (await Store.Jobs.CountByStateAsync(Acme, Ct))[JobState.Parked].ShouldBe(1);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(State: JobState.Parked), Ct)).Select(j => j.Id).ShouldBe([parked]);
    }

    [Fact]
    public async Task Enable_ResumesParkedJobs_WithTheirRunTimes()
    {
        var due = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var later = await Store.Jobs.EnqueueAsync(Push("b", runAt: Start.AddHours(1)), Ct);
        await SetEnabledAsync(AcmeShop, enabled: false);
        Time.Advance(TimeSpan.FromMinutes(5));

        await SetEnabledAsync(AcmeShop, enabled: true);

        (await Store.Jobs.GetAsync(Acme, later, Ct)).ShouldNotBeNull().State.ShouldBe(JobState.Pending);
        var claimed = (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldHaveSingleItem();
        claimed.Job.Id.ShouldBe(due);
        claimed.Job.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Enqueue_ForDisabledConnection_IsParkedAndCoalescesWithTheParkedJob()
    {
        await SetEnabledAsync(AcmeShop, enabled: false);

        var first = await Store.Jobs.EnqueueAsync(Push("a", payload: """{"v":1}"""), Ct);
        var second = await Store.Jobs.EnqueueAsync(Push("a", payload: """{"v":2}"""), Ct);

        second.ShouldBe(first);
        var job = (await Store.Jobs.GetAsync(Acme, first, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Parked);
        job.Payload.ShouldBe("""{"v":2}""");
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
        (await Store.Jobs.NextDueAsync(Ct)).ShouldBeNull();
        await SetEnabledAsync(AcmeShop, enabled: true);
        (await ClaimSingleAsync()).Job.Id.ShouldBe(first);
    }

    [Fact]
    public async Task Enqueue_WebhookForDisabledConnection_IsParked()
    {
        await SetEnabledAsync(AcmeShop, enabled: false);

        var appended = await Store.Inbox.AppendAsync(Delivery("d-1"), "webhook.process", Ct);

        var entry = (await Store.Inbox.GetAsync(Acme, appended.InboxId, Ct)).ShouldNotBeNull();
        (await Store.Jobs.GetAsync(Acme, entry.JobId, Ct)).ShouldNotBeNull().State.ShouldBe(JobState.Parked);
    }

    [Fact]
    public async Task FailAttempt_RetryAfterConnectionWasDisabled_ParksTheJob()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var claimed = await ClaimSingleAsync();
        await SetEnabledAsync(AcmeShop, enabled: false);

        (await Store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("transient", "parked while running", Start, CountsAsFailure: false), Ct))
            .ShouldBeTrue();

        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Parked);
        job.Failures.ShouldBe(0);
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Replay_ForDisabledConnection_ParksTheJob()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var claimed = await ClaimSingleAsync();
        await Store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("permanent", "bad", null), Ct);
        await SetEnabledAsync(AcmeShop, enabled: false);

        (await Store.Jobs.ReplayAsync(Acme, id, Ct)).ShouldBeTrue();

        (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull().State.ShouldBe(JobState.Parked);
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Claim_ExpiredLeaseOfDisabledConnection_WaitsForEnable()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        await Store.Jobs.ClaimAsync(Claim(lease: TimeSpan.FromSeconds(10)), Ct);
        await SetEnabledAsync(AcmeShop, enabled: false);
        Time.Advance(TimeSpan.FromMinutes(1));

        (await Store.Jobs.ClaimAsync(Claim("w2"), Ct)).ShouldBeEmpty();

        await SetEnabledAsync(AcmeShop, enabled: true);
        (await ClaimSingleAsync("w2")).Job.Id.ShouldBe(id);
    }

    [Fact]
    public async Task Disable_LeavesOtherClientsJobsAlone()
    {
        var globex = await Store.Jobs.EnqueueAsync(new JobRequest(Globex, GlobexShop, "product.push", "a", "{}"), Ct);

        await SetEnabledAsync(AcmeShop, enabled: false);

        (await Store.Jobs.GetAsync(Globex, globex, Ct)).ShouldNotBeNull().State.ShouldBe(JobState.Pending);
    }
}
