using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static RecordWrite Product(string key, string hash) => new(RecordEntity.Product, key, hash, $$"""{"code":"{{key}}","h":"{{hash}}"}""", AcmeErp);

    [Fact]
    public async Task Upsert_CreatedChangedUnchanged_VersionsAndAudit()
    {
        var created = await Store.Records.UpsertAsync(Acme, [Product("A", "h1"), Product("B", "h1")], Ct);
        Time.Advance(TimeSpan.FromMinutes(1));

        var next = await Store.Records.UpsertAsync(Acme, [Product("A", "h2"), Product("B", "h1")], Ct);

        created.ShouldBe([UpsertOutcome.Created, UpsertOutcome.Created]);
        next.ShouldBe([UpsertOutcome.Changed, UpsertOutcome.Unchanged]);
        var a = (await Store.Records.GetAsync(Acme, RecordEntity.Product, "A", Ct)).ShouldNotBeNull();
        a.ShouldBe(new HubRecord(Acme, RecordEntity.Product, "A", "h2", Product("A", "h2").Json, 2, Start.AddMinutes(1), AcmeErp));
        var b = (await Store.Records.GetAsync(Acme, RecordEntity.Product, "B", Ct)).ShouldNotBeNull();
        b.Version.ShouldBe(1);
        b.UpdatedAt.ShouldBe(Start);
        (await Store.Records.HistoryAsync(Acme, RecordEntity.Product, "A", Ct)).Select(h => (h.Action, h.Hash, h.ConnectionId))
            .ShouldBe([("received", "h1", AcmeErp), ("changed", "h2", AcmeErp)]);
        (await Store.Records.HistoryAsync(Acme, RecordEntity.Product, "B", Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Upsert_WithNoteAndJobs_WritesThemWithTheRecord_NoteInPlaceOfTheStoresLine_OnlyIfCreatedWhenAsked()
    {
        RecordWrite Order(string hash, RecordNote note) => new RecordWrite(RecordEntity.Order, "o1", hash, "{}", AcmeShop, Open: true) with
        {
            Note = note,
            Jobs = [new JobRequest(Acme, AcmeErp, "order.raise", "o1", "{}", IdempotencyKey: "raise:o1")],
        };

        (await Store.Records.UpsertAsync(Acme, [Order("h1", new RecordNote("intake", AcmeShop, 7, "taken in", OnlyIfCreated: true))], Ct))
            .ShouldBe([UpsertOutcome.Created]);
        (await Store.Records.UpsertAsync(Acme, [Order("h1", new RecordNote("intake", AcmeShop, 8, "again", OnlyIfCreated: true))], Ct))
            .ShouldBe([UpsertOutcome.Unchanged]);
        (await Store.Records.UpsertAsync(Acme, [Order("h1", new RecordNote("raise_intent", AcmeErp, 9, "raising"))], Ct))
            .ShouldBe([UpsertOutcome.Unchanged]);

        // Written: the note takes the place of the store's "received" line and carries the hash; unchanged: the note alone.
        (await Store.Records.HistoryAsync(Acme, RecordEntity.Order, "o1", Ct)).Select(h => (h.Action, h.ConnectionId, h.JobId, h.Detail, h.Hash))
            .ShouldBe([("intake", AcmeShop, 7L, "taken in", "h1"), ("raise_intent", AcmeErp, 9L, "raising", null)]);
        var jobs = await Store.Jobs.ListAsync(Acme, new JobQuery(Kind: "order.raise"), Ct);
        jobs.Count.ShouldBe(1); // the idempotency key made the repeats no-ops
        jobs[0].ConnectionId.ShouldBe(AcmeErp);
    }

    [Fact]
    public async Task Upsert_WhoseJobCannotBeWritten_KeepsNeitherRecordNorNote()
    {
        var write = new RecordWrite(RecordEntity.Order, "o2", "h1", "{}", AcmeShop) with
        {
            Note = new RecordNote("intake", AcmeShop, null, "taken in"),
            Jobs = [new JobRequest("no-such-client", AcmeErp, "order.raise", "o2", "{}")],
        };

        await Should.ThrowAsync<Exception>(() => Store.Records.UpsertAsync(Acme, [write], Ct));

        (await Store.Records.GetAsync(Acme, RecordEntity.Order, "o2", Ct)).ShouldBeNull();
        (await Store.Records.HistoryAsync(Acme, RecordEntity.Order, "o2", Ct)).ShouldBeEmpty();
        (await Store.Jobs.ListAsync(Acme, new JobQuery(), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListRecords_KeysetPaging_InKeyOrder()
    {
        await Store.Records.UpsertAsync(Acme, [Product("C", "h"), Product("A", "h"), Product("B", "h")], Ct);
        await Store.Records.UpsertAsync(Acme, [new RecordWrite(RecordEntity.Customer, "CUST", "h", "{}", AcmeErp)], Ct);

        var page1 = await Store.Records.ListAsync(Acme, RecordEntity.Product, null, 2, Ct);
        var page2 = await Store.Records.ListAsync(Acme, RecordEntity.Product, page1[^1].Key, 2, Ct);

        page1.Select(r => r.Key).ShouldBe(["A", "B"]);
        page2.Select(r => r.Key).ShouldBe(["C"]);
        (await Store.Records.CountAsync(Acme, RecordEntity.Product, Ct)).ShouldBe(3);
        (await Store.Records.CountAsync(Acme, RecordEntity.Customer, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task ListOpen_OnlyRecordsWrittenOpen_AndAClosingWriteTakesThemOut()
    {
        RecordWrite Order(string key, string hash, bool open) => new(RecordEntity.Order, key, hash, "{}", AcmeShop, open);
        await Store.Records.UpsertAsync(Acme, [Order("o1", "h1", true), Order("o2", "h1", false), Order("o3", "h1", true), Order("o4", "h1", true)], Ct);
        await Store.Records.UpsertAsync(Acme, [Order("o3", "h2", false)], Ct);
        await Store.Records.UpsertAsync(Globex, [new RecordWrite(RecordEntity.Order, "g1", "h", "{}", GlobexShop, true)], Ct);

        var page1 = await Store.Records.ListOpenAsync(Acme, RecordEntity.Order, null, 1, Ct);
        var page2 = await Store.Records.ListOpenAsync(Acme, RecordEntity.Order, page1[^1].Key, 5, Ct);

        page1.Select(r => r.Key).ShouldBe(["o1"]);
        page2.Select(r => r.Key).ShouldBe(["o4"]);
        (await Store.Records.ListOpenAsync(Acme, RecordEntity.Product, null, 5, Ct)).ShouldBeEmpty();
        (await Store.Records.ListAsync(Acme, RecordEntity.Order, null, 10, Ct)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task SaveLinks_CreateAndReplace_ReadBackAndPage()
    {
        await Store.Records.SaveLinksAsync(
        [
            new RecordLink(Acme, AcmeShop, RecordEntity.Product, "B", "gid://Product/2", "{}", null, null),
            new RecordLink(Acme, AcmeShop, RecordEntity.Product, "A", "gid://Product/1", "{}", null, null),
        ], Ct);
        await Store.Records.SaveLinksAsync(
            [new RecordLink(Acme, AcmeShop, RecordEntity.Product, "A", "gid://Product/1", """{"variant":"9"}""", "h1", Start)], Ct);

        var a = (await Store.Records.GetLinkAsync(Acme, AcmeShop, RecordEntity.Product, "A", Ct)).ShouldNotBeNull();

        a.ShouldBe(new RecordLink(Acme, AcmeShop, RecordEntity.Product, "A", "gid://Product/1", """{"variant":"9"}""", "h1", Start));
        (await Store.Records.ListLinksAsync(Acme, AcmeShop, RecordEntity.Product, null, 10, Ct)).Select(l => l.Key).ShouldBe(["A", "B"]);
        (await Store.Records.ListLinksAsync(Acme, AcmeShop, RecordEntity.Product, "A", 10, Ct)).Select(l => l.Key).ShouldBe(["B"]);
        (await Store.Records.GetLinkAsync(Acme, AcmeErp, RecordEntity.Product, "A", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveLinks_ConnectionOfAnotherClient_Throws()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => Store.Records.SaveLinksAsync(
            [new RecordLink(Acme, GlobexShop, RecordEntity.Product, "A", "1", "{}", null, null)], Ct));

        (await Store.Records.ListLinksAsync(Globex, GlobexShop, RecordEntity.Product, null, 10, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AppendAudit_History_OldestFirst()
    {
        await Store.Records.AppendAuditAsync(new AuditEntry(Acme, RecordEntity.Order, "shop:1001", Start, "raised", AcmeErp, 7, "SO 000123", null), Ct);
        await Store.Records.AppendAuditAsync(new AuditEntry(Acme, RecordEntity.Order, "shop:1001", Start.AddSeconds(1), "pushed", AcmeShop, 8, "tagged", "h"), Ct);

        var history = await Store.Records.HistoryAsync(Acme, RecordEntity.Order, "shop:1001", Ct);

        history[0].ShouldBe(new AuditEntry(Acme, RecordEntity.Order, "shop:1001", Start, "raised", AcmeErp, 7, "SO 000123", null));
        history.Select(h => h.Action).ShouldBe(["raised", "pushed"]);
    }
}
