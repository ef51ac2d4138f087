using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Claim_RecordWithAJobRunning_WaitsUntilItEnds()
    {
        var first = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":1}"""), Ct);
        var running = await ClaimSingleAsync();
        var second = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":2}"""), Ct);
        var stock = await Store.Jobs.EnqueueAsync(Push("SKU-1") with { Kind = "stock.push" }, Ct);
        var other = await Store.Jobs.EnqueueAsync(Push("SKU-2"), Ct);

        var claimed = await Store.Jobs.ClaimAsync(Claim("w2", max: 10), Ct);
        claimed.Select(c => c.Job.Id).ShouldBe([other], "jobs for a record that has a job running wait, whatever their kind");

        (await Store.Jobs.CompleteAsync(first, running.LeaseToken, null, Ct)).ShouldBeTrue();
        var next = await Store.Jobs.ClaimAsync(Claim("w2", max: 10), Ct);
        next.Count.ShouldBe(1, "only one job of the record runs at a time");
        next[0].Job.Id.ShouldBeOneOf(second, stock);
    }

    [Fact]
    public async Task Claim_SameRecordTwiceInOneBatch_TakesOnlyOne()
    {
        await Store.Jobs.EnqueueManyAsync([Push("SKU-1"), Push("SKU-1") with { Kind = "stock.push" }, Push("SKU-2")], Ct);
        var claimed = await Store.Jobs.ClaimAsync(Claim(max: 10), Ct);
        claimed.Select(c => c.Job.Key).ShouldBe(["SKU-1", "SKU-2"], ignoreOrder: true);
    }

    [Fact]
    public async Task Claim_RecordWhoseRunningJobLostItsLease_IsFreeAgain()
    {
        await Store.Jobs.EnqueueAsync(Push("SKU-1"), Ct);
        await ClaimSingleAsync();
        await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":2}"""), Ct);
        Time.Advance(TimeSpan.FromMinutes(6));
        var claimed = await Store.Jobs.ClaimAsync(Claim("w2", max: 10), Ct);
        claimed.Count.ShouldBe(1, "the expired one or the new one, but never both at once");
    }
}
