using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task EveryReadPath_AnotherClientsId_ReturnsNothing()
    {
        await Store.Records.UpsertAsync(Acme, [new RecordWrite(RecordEntity.Product, "A", "h", "{}", AcmeErp)], Ct);
        await Store.Records.SaveLinksAsync([new RecordLink(Acme, AcmeShop, RecordEntity.Product, "A", "1", "{}", null, null)], Ct);
        var inbox = await Store.Inbox.AppendAsync(Delivery("d-1"), "webhook.process", Ct);
        var jobId = await Store.Jobs.EnqueueAsync(Push("A"), Ct);
        (await Store.Jobs.ClaimAsync(Claim(), Ct)).Count.ShouldBe(2);
        await Store.Schedule.SetCursorAsync(Acme, AcmeErp, "products", "c1", Ct);

        (await Store.Connections.GetAsync(Globex, AcmeShop, Ct)).ShouldBeNull();
        (await Store.Connections.ListAsync(Globex, Ct)).Select(c => c.Id).ShouldBe([GlobexShop]);
        (await Store.Records.GetAsync(Globex, RecordEntity.Product, "A", Ct)).ShouldBeNull();
        (await Store.Records.ListAsync(Globex, RecordEntity.Product, null, 10, Ct)).ShouldBeEmpty();
        (await Store.Records.CountAsync(Globex, RecordEntity.Product, Ct)).ShouldBe(0);
        (await Store.Records.HistoryAsync(Globex, RecordEntity.Product, "A", Ct)).ShouldBeEmpty();
        (await Store.Records.GetLinkAsync(Globex, AcmeShop, RecordEntity.Product, "A", Ct)).ShouldBeNull();
        (await Store.Records.ListLinksAsync(Globex, AcmeShop, RecordEntity.Product, null, 10, Ct)).ShouldBeEmpty();
        (await Store.Inbox.GetAsync(Globex, inbox.InboxId, Ct)).ShouldBeNull();
        (await Store.Inbox.CountAsync(Globex, AcmeShop, Ct)).ShouldBe(0);
        (await Store.Jobs.GetAsync(Globex, jobId, Ct)).ShouldBeNull();
        (await Store.Jobs.ListAsync(Globex, new JobQuery(), Ct)).ShouldBeEmpty();
        (await Store.Jobs.AttemptsAsync(Globex, jobId, Ct)).ShouldBeEmpty();
        (await Store.Jobs.CountByStateAsync(Globex, Ct)).Values.ShouldAllBe(count => count == 0);
        (await Store.Jobs.ReplayAsync(Globex, jobId, Ct)).ShouldBeFalse();
        (await Store.Jobs.RetryNowAsync(Globex, jobId, Ct)).ShouldBeFalse();
        (await Store.Schedule.GetCursorAsync(Globex, AcmeErp, "products", Ct)).ShouldBeNull();
        (await Store.Jobs.AttemptsAsync(Acme, jobId, Ct)).ShouldHaveSingleItem();
    }
}
