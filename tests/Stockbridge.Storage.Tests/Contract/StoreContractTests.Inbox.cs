using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Append_NewDelivery_StoresBodyAndEnqueuesItsJob()
    {
        var delivery = Delivery("d-1");

        var result = await Store.Inbox.AppendAsync(delivery, "webhook.process", Ct);

        result.Duplicate.ShouldBeFalse();
        var entry = (await Store.Inbox.GetAsync(Acme, result.InboxId, Ct)).ShouldNotBeNull();
        entry.Delivery.Body.ShouldBe(delivery.Body);
        entry.Delivery.HeadersJson.ShouldBe(delivery.HeadersJson);
        entry.Delivery.Topic.ShouldBe("orders/create");
        entry.Delivery.ReceivedAt.ShouldBe(Start);
        var job = (await Store.Jobs.GetAsync(Acme, entry.JobId, Ct)).ShouldNotBeNull();
        job.Kind.ShouldBe("webhook.process");
        job.ConnectionId.ShouldBe(AcmeShop);
        job.Key.ShouldBeNull();
        job.Payload.ShouldBe($$"""{"inbox_id":{{result.InboxId}}}""");
        job.IdempotencyKey.ShouldBe("inbox:acme-shopify:d-1");
        job.State.ShouldBe(JobState.Pending);
    }

    [Fact]
    public async Task Append_RepeatedDeliveryId_ReturnsEarlierEntryAndWritesNothing()
    {
        var first = await Store.Inbox.AppendAsync(Delivery("d-1"), "webhook.process", Ct);

        var repeat = await Store.Inbox.AppendAsync(Delivery("d-1") with { Body = [1, 2, 3] }, "webhook.process", Ct);

        repeat.ShouldBe(new InboxAppendResult(first.InboxId, Duplicate: true));
        (await Store.Inbox.CountAsync(Acme, AcmeShop, Ct)).ShouldBe(1);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(), Ct)).Count.ShouldBe(1);
        (await Store.Inbox.GetAsync(Acme, first.InboxId, Ct)).ShouldNotBeNull().Delivery.Body.ShouldBe(Delivery("d-1").Body);
    }

    [Fact]
    public async Task AppendMany_BatchWithRepeat_ResultsInOrder()
    {
        var results = await Store.Inbox.AppendManyAsync([Delivery("d-1"), Delivery("d-2"), Delivery("d-1"), Delivery("d-1", connectionId: AcmeErp)], "webhook.process", Ct);

        results.Select(r => r.Duplicate).ShouldBe([false, false, true, false]);
        results[2].InboxId.ShouldBe(results[0].InboxId);
        (await Store.Inbox.CountAsync(Acme, AcmeShop, Ct)).ShouldBe(2);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(Kind: "webhook.process"), Ct)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task AppendMany_OneDeliveryRejected_NothingFromTheBatchIsStored()
    {
        await Should.ThrowAsync<InvalidOperationException>(() =>
            Store.Inbox.AppendManyAsync([Delivery("d-1"), Delivery("d-2", clientId: Acme, connectionId: GlobexShop)], "webhook.process", Ct));

        (await Store.Inbox.CountAsync(Acme, AcmeShop, Ct)).ShouldBe(0);
        (await Store.Jobs.ListAsync(Acme, new JobQuery(), Ct)).ShouldBeEmpty();
    }
}
