using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ListJobs_Filters_NewestFirstWithKeysetPaging()
    {
        var ids = await Store.Jobs.EnqueueManyAsync(
            [Push("a"), Push("b"), Push("c", connectionId: AcmeErp), Push("d") with { Kind = "stock.push" }, Push("e")], Ct);

        var page1 = await Store.Jobs.ListAsync(Acme, new JobQuery(Limit: 2), Ct);
        var page2 = await Store.Jobs.ListAsync(Acme, new JobQuery(BeforeId: page1[^1].Id, Limit: 2), Ct);

        page1.Select(j => j.Id).ShouldBe([ids[4], ids[3]]);
        page2.Select(j => j.Id).ShouldBe([ids[2], ids[1]]);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(Kind: "stock.push"), Ct)).ShouldHaveSingleItem().Id.ShouldBe(ids[3]);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(ConnectionId: AcmeErp), Ct)).ShouldHaveSingleItem().Id.ShouldBe(ids[2]);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(State: JobState.Running), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task CountByState_MixedJobs_CountsEachState()
    {
        await Store.Jobs.EnqueueManyAsync([Push("a"), Push("b"), Push("c")], Ct);
        var claimed = await ClaimSingleAsync();
        await Store.Jobs.CompleteAsync(claimed.Job.Id, claimed.LeaseToken, null, Ct);
        await ClaimSingleAsync();

        var counts = await Store.Jobs.CountByStateAsync(Acme, Ct);

        counts[JobState.Pending].ShouldBe(1);
        counts[JobState.Running].ShouldBe(1);
        counts[JobState.Succeeded].ShouldBe(1);
        counts[JobState.Failed].ShouldBe(0);
    }
}
