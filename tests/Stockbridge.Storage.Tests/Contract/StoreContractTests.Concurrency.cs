using System.Collections.Concurrent;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Claim_TwoStoreInstancesAtOnce_EachJobClaimedExactlyOnce()
    {
        const int jobCount = 1000;
        var requests = Enumerable.Range(0, jobCount).Select(i => Push($"SKU-{i}")).ToList();
        var ids = await Store.Jobs.EnqueueManyAsync(requests, Ct);
        await using var other = await Fixture.OpenAgainAsync(Store, Time);
        var claims = new ConcurrentBag<(string Worker, long JobId)>();
        // SQLite's lock is not fair: without a start line one instance can drain everything while the other is still
        // opening. Each worker takes its first batch, then waits for the other's first batch before going on.
        using var started = new CountdownEvent(2);

        await Task.WhenAll(
            Task.Run(() => DrainAsync(Store, "w1", claims, started), Ct),
            Task.Run(() => DrainAsync(other, "w2", claims, started), Ct));

        claims.Count.ShouldBe(jobCount);
        claims.Select(c => c.JobId).Distinct().Count().ShouldBe(jobCount);
        claims.Select(c => c.JobId).Order().ShouldBe(ids.Order());
        claims.Select(c => c.Worker).Distinct().Count().ShouldBe(2);
        (await Store.Jobs.CountByStateAsync(Acme, Ct))[JobState.Succeeded].ShouldBe(jobCount);
    }

    private static async Task DrainAsync(IStore store, string worker, ConcurrentBag<(string Worker, long JobId)> claims, CountdownEvent started)
    {
        var first = true;
        while (true)
        {
            var batch = await store.Jobs.ClaimAsync(new ClaimRequest(worker, 4, TimeSpan.FromMinutes(10)), Ct);
            if (first)
            {
                first = false;
                started.Signal();
                started.Wait(TimeSpan.FromSeconds(30), Ct).ShouldBeTrue("the other worker never claimed its first batch");
            }
            if (batch.Count == 0) return;
            foreach (var claimed in batch)
            {
                claims.Add((worker, claimed.Job.Id));
                (await store.Jobs.CompleteAsync(claimed.Job.Id, claimed.LeaseToken, null, Ct)).ShouldBeTrue();
            }
        }
    }
}
