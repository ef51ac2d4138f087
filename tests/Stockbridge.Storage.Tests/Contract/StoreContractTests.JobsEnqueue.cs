using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Enqueue_SameKeyWhilePending_CoalescesAndLatestPayloadWins()
    {
        var first = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":1}"""), Ct);
        var second = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":2}"""), Ct);

        second.ShouldBe(first);
        var job = (await Store.Jobs.GetAsync(Acme, first, Ct)).ShouldNotBeNull();
        job.Payload.ShouldBe("""{"v":2}""");
        job.State.ShouldBe(JobState.Pending);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(), Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Enqueue_SameKeyWhileRunning_LeavesRunningJobAndMakesNewPendingOne()
    {
        var first = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":1}"""), Ct);
        await ClaimSingleAsync();

        var second = await Store.Jobs.EnqueueAsync(Push("SKU-1", """{"v":2}"""), Ct);

        second.ShouldNotBe(first);
        var running = (await Store.Jobs.GetAsync(Acme, first, Ct)).ShouldNotBeNull();
        running.State.ShouldBe(JobState.Running);
        running.Payload.ShouldBe("""{"v":1}""");
        (await Store.Jobs.GetAsync(Acme, second, Ct)).ShouldNotBeNull().State.ShouldBe(JobState.Pending);
    }

    [Fact]
    public async Task Enqueue_DifferentConnectionKindOrNullKey_IsNotCoalesced()
    {
        var ids = await Store.Jobs.EnqueueManyAsync(
        [
            Push("SKU-1"),
            Push("SKU-1", connectionId: AcmeErp),
            Push("SKU-1") with { Kind = "stock.push" },
            Push("SKU-2"),
            Push("SKU-1") with { Key = null },
            Push("SKU-1") with { Key = null },
        ], Ct);

        ids.Distinct().Count().ShouldBe(6);
        ids.ShouldBe(ids.Order().ToList());
    }

    [Fact]
    public async Task Enqueue_SameIdempotencyKey_ReturnsExistingIdInAnyState()
    {
        var request = new JobRequest(Acme, AcmeShop, "order.raise", null, """{"n":1}""", IdempotencyKey: "order:1001");
        var first = await Store.Jobs.EnqueueAsync(request, Ct);
        var claimed = await ClaimSingleAsync();
        (await Store.Jobs.CompleteAsync(first, claimed.LeaseToken, null, Ct)).ShouldBeTrue();

        var again = await Store.Jobs.EnqueueAsync(request with { Payload = """{"n":2}""" }, Ct);

        again.ShouldBe(first);
        var job = (await Store.Jobs.GetAsync(Acme, first, Ct)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Succeeded);
        job.Payload.ShouldBe("""{"n":1}""");
        (await Store.Jobs.EnqueueAsync(request with { ClientId = Globex, ConnectionId = GlobexShop }, Ct)).ShouldNotBe(first);
    }

    [Fact]
    public async Task Enqueue_Job_HasEveryFieldSet()
    {
        var id = await Store.Jobs.EnqueueAsync(Push("SKU-9", """{"a":1}""", priority: 5, runAt: Start.AddMinutes(2)) with { IdempotencyKey = "k9" }, Ct);

        var job = (await Store.Jobs.GetAsync(Acme, id, Ct)).ShouldNotBeNull();

        job.ShouldBe(new Job
        {
            Id = id, ClientId = Acme, ConnectionId = AcmeShop, Kind = "product.push", Key = "SKU-9", IdempotencyKey = "k9",
            Payload = """{"a":1}""", State = JobState.Pending, Attempts = 0, Failures = 0, Priority = 5,
            NextRunAt = Start.AddMinutes(2), CreatedAt = Start, UpdatedAt = Start,
        });
    }
}
