using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Claim_DueJobs_ByPriorityThenRunTimeThenId()
    {
        var ids = await Store.Jobs.EnqueueManyAsync(
        [
            Push("a", runAt: Start.AddSeconds(-10)),
            Push("b", priority: 10),
            Push("c", runAt: Start.AddSeconds(-20)),
            Push("d"),
            Push("e", runAt: Start.AddSeconds(30)),
        ], Ct);

        var claimed = await Store.Jobs.ClaimAsync(Claim(max: 10), Ct);

        claimed.Select(c => c.Job.Id).ShouldBe([ids[1], ids[2], ids[0], ids[3]]);
        claimed.ShouldAllBe(c => c.Job.State == JobState.Running && c.Job.Attempts == 1 && c.Job.LeaseOwner == "w1");
        claimed.ShouldAllBe(c => c.Job.LeaseExpiresAt == Start.AddMinutes(5) && c.LeaseToken == c.Job.LeaseToken);
    }

    [Fact]
    public async Task Claim_FutureJob_WaitsUntilDue()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a", runAt: Start.AddMinutes(1)), Ct);

        (await Store.Jobs.ClaimAsync(Claim(), Ct)).ShouldBeEmpty();
        (await Store.Jobs.NextDueAsync(Ct)).ShouldBe(Start.AddMinutes(1));
        Time.Advance(TimeSpan.FromMinutes(1));

        (await ClaimSingleAsync()).Job.Id.ShouldBe(id);
        (await Store.Jobs.NextDueAsync(Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Claim_WithKinds_TakesOnlyThoseKinds()
    {
        await Store.Jobs.EnqueueManyAsync([Push("a"), Push("b") with { Kind = "stock.push" }], Ct);

        var claimed = await Store.Jobs.ClaimAsync(Claim(kinds: ["stock.push"]), Ct);

        claimed.ShouldHaveSingleItem().Job.Kind.ShouldBe("stock.push");
    }

    [Fact]
    public async Task Claim_MaxRunningPerConnection_NeverExceedsLimit()
    {
        await Store.Jobs.EnqueueManyAsync([Push("a1"), Push("a2"), Push("a3"), Push("b1", connectionId: AcmeErp), Push("b2", connectionId: AcmeErp)], Ct);

        var first = await Store.Jobs.ClaimAsync(Claim(max: 10, maxPerConnection: 2), Ct);
        var second = await Store.Jobs.ClaimAsync(Claim("w2", max: 10, maxPerConnection: 2), Ct);

        first.Select(c => c.Job.Key).ShouldBe(["a1", "a2", "b1", "b2"]);
        second.ShouldBeEmpty();
        (await Store.Jobs.CompleteAsync(first[0].Job.Id, first[0].LeaseToken, null, Ct)).ShouldBeTrue();
        (await Store.Jobs.ClaimAsync(Claim("w2", max: 10, maxPerConnection: 2), Ct)).ShouldHaveSingleItem().Job.Key.ShouldBe("a3");
    }

    [Fact]
    public async Task Claim_MaxRunningPerConnection_CountsOnlyTheClaimedKinds()
    {
        await Store.Jobs.EnqueueManyAsync([Push("poll") with { Kind = "orders.poll" }, Push("a1"), Push("a2")], Ct);

        var background = await Store.Jobs.ClaimAsync(Claim(max: 10, maxPerConnection: 1, kinds: ["orders.poll"]), Ct);
        var events = await Store.Jobs.ClaimAsync(Claim("w2", max: 10, maxPerConnection: 1, kinds: ["product.push"]), Ct);
        var everything = await Store.Jobs.ClaimAsync(Claim("w3", max: 10, maxPerConnection: 2), Ct);

        background.ShouldHaveSingleItem().Job.Key.ShouldBe("poll");
        events.ShouldHaveSingleItem().Job.Key.ShouldBe("a1");
        everything.ShouldBeEmpty(); // counting every kind, the connection already runs two
    }

    [Fact]
    public async Task Claim_BacklogOfManyJobs_TakesBestFirstAcrossKindsAndExpiredLeases()
    {
        var requests = Enumerable.Range(0, 300).Select(i => Push($"p{i:000}") with { Priority = i % 3 }).ToList();
        requests.Add(Push("urgent") with { Kind = "stock.push", Priority = 5 });
        await Store.Jobs.EnqueueManyAsync(requests, Ct);
        var stale = await Store.Jobs.ClaimAsync(Claim("w0", max: 1, kinds: ["stock.push"]), Ct);
        Time.Advance(TimeSpan.FromMinutes(10));

        var claimed = await Store.Jobs.ClaimAsync(Claim("w1", max: 4), Ct);

        stale.ShouldHaveSingleItem().Job.Key.ShouldBe("urgent");
        claimed.Select(c => c.Job.Key).ShouldBe(["urgent", "p002", "p005", "p008"]);
        claimed[0].Job.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Claim_LeaseRanOut_AnotherWorkerTakesJobAndStaleWorkerIsFenced()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var stale = await ClaimSingleAsync("w1");
        Time.Advance(TimeSpan.FromMinutes(5));

        var fresh = await ClaimSingleAsync("w2");

        fresh.Job.Id.ShouldBe(id);
        fresh.Job.Attempts.ShouldBe(2);
        fresh.LeaseToken.ShouldBeGreaterThan(stale.LeaseToken);
        (await Store.Jobs.CompleteAsync(id, stale.LeaseToken, "stale", Ct)).ShouldBeFalse();
        (await Store.Jobs.FailAttemptAsync(id, stale.LeaseToken, new JobFailure("permanent", "stale", null), Ct)).ShouldBeFalse();
        (await Store.Jobs.RenewLeaseAsync(id, stale.LeaseToken, TimeSpan.FromMinutes(5), Ct)).ShouldBeFalse();
        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Running);
        job.LeaseOwner.ShouldBe("w2");
        var attempts = await Store.Jobs.AttemptsAsync(Acme, id, Ct);
        attempts.Select(a => (a.Number, a.Worker, a.Outcome)).ShouldBe([(1, "w1", "abandoned"), (2, "w2", "running")]);
        (await Store.Jobs.CompleteAsync(id, fresh.LeaseToken, """{"ok":true}""", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task RenewLease_HeldLease_KeepsOthersOut()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("a"), Ct);
        var held = await ClaimSingleAsync("w1");
        Time.Advance(TimeSpan.FromMinutes(4));

        (await Store.Jobs.RenewLeaseAsync(id, held.LeaseToken, TimeSpan.FromMinutes(5), Ct)).ShouldBeTrue();
        Time.Advance(TimeSpan.FromMinutes(4));

        (await Store.Jobs.ClaimAsync(Claim("w2"), Ct)).ShouldBeEmpty();
        (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull().LeaseExpiresAt.ShouldBe(Start.AddMinutes(9));
    }
}
