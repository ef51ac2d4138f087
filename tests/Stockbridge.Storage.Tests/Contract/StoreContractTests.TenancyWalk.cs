using System.Reflection;
using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Tests.Contract;

/// <summary>
/// Every method of every sub-store of <see cref="IStore"/>, found by reflection, run with two clients holding rows under
/// the same keys: none returns or changes the other client's rows. A method added to a store interface without a case
/// here fails the test, so a new query path cannot be forgotten.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task EveryStoreMethod_TwoClientsWithSameKeys_NoneSeesOrChangesTheOthersRows()
    {
        var seeds = new Dictionary<string, TenantSeed>
        {
            [Acme] = await SeedTenantAsync(Acme, AcmeShop),
            [Globex] = await SeedTenantAsync(Globex, GlobexShop),
        };
        var cases = TenancyCases();

        var methods = typeof(IStore).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .SelectMany(p => p.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => $"{p.PropertyType.Name}.{m.Name}"))
            .Distinct()
            .ToList();
        methods.Count.ShouldBeGreaterThan(30);
        methods.Except(cases.Keys).ShouldBeEmpty("every store method needs a tenancy case");

        foreach (var method in methods)
        {
            foreach (var (me, other) in new[] { (Acme, Globex), (Globex, Acme) })
            {
                try
                {
                    await cases[method](seeds[me], seeds[other]);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ShouldAssertException($"{method} as {me}: {e.Message}", e);
                }
            }
        }
    }

    private sealed record TenantSeed(string Client, string Shop, long InboxId, long PendingJob, long DoneJob, string UserId, string TokenId, string TokenHash);

    private async Task<TenantSeed> SeedTenantAsync(string client, string shop)
    {
        await Store.Records.UpsertAsync(client, [new RecordWrite(RecordEntity.Product, "A", $"h-{client}", $$"""{"owner":"{{client}}"}""", shop)], Ct);
        await Store.Records.UpsertAsync(client, [new RecordWrite(RecordEntity.Order, "O", $"h-{client}", $$"""{"owner":"{{client}}"}""", shop, Open: true)], Ct);
        await Store.Records.SaveLinksAsync([new RecordLink(client, shop, RecordEntity.Product, "A", $"ext-{client}", "{}", null, null)], Ct);
        var inbox = await Store.Inbox.AppendAsync(Delivery("d-1", client, shop), "webhook.process", Ct);
        var pending = await Store.Jobs.EnqueueAsync(new JobRequest(client, shop, "product.push", "A", $$"""{"owner":"{{client}}"}""", RunAt: Start.AddHours(1)), Ct);
        var done = await Store.Jobs.EnqueueAsync(new JobRequest(client, shop, "order.raise", null, "{}", IdempotencyKey: "idem-1"), Ct);
        var claimed = (await Store.Jobs.ClaimAsync(Claim(kinds: ["order.raise"]), Ct)).ShouldHaveSingleItem();
        (await Store.Jobs.CompleteAsync(claimed.Job.Id, claimed.LeaseToken, null, Ct)).ShouldBeTrue();
        await Store.Schedule.SetCursorAsync(client, shop, "products", $"cursor-{client}", Ct);
        await Store.Access.SaveUserAsync(new AccessUser($"u-{client}", client, $"ops@{client}.test", "hash", AccessRoles.Admin, Start), Ct);
        await Store.Access.CreateTokenAsync(new ApiToken($"t-{client}", client, "dash", $"tokenhash-{client}", Start, null), Ct);
        return new TenantSeed(client, shop, inbox.InboxId, pending, done, $"u-{client}", $"t-{client}", $"tokenhash-{client}");
    }

    private Dictionary<string, Func<TenantSeed, TenantSeed, Task>> TenancyCases() => new()
    {
        ["IClientStore.UpsertAsync"] = async (me, other) =>
        {
            await Store.Clients.UpsertAsync(new ClientRecord(me.Client, $"{me.Client} renamed", Start), Ct);
            (await Store.Clients.GetAsync(other.Client, Ct)).ShouldNotBeNull().Name.ShouldNotBe($"{me.Client} renamed");
        },
        ["IClientStore.GetAsync"] = async (me, _) => (await Store.Clients.GetAsync(me.Client, Ct)).ShouldNotBeNull().Id.ShouldBe(me.Client),
        ["IClientStore.ListAsync"] = async (_, _) => (await Store.Clients.ListAsync(Ct)).Select(c => c.Id).ShouldBe([Acme, Globex]),

        ["IConnectionStore.SaveAsync"] = async (me, other) =>
        {
            await Should.ThrowAsync<InvalidOperationException>(() => Store.Connections.SaveAsync(Connection(me.Client, other.Shop, "stolen"), Ct));
            (await Store.Connections.FindForWebhookAsync(other.Shop, Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe("s3cret");
        },
        ["IConnectionStore.GetAsync"] = async (me, other) =>
        {
            (await Store.Connections.GetAsync(me.Client, other.Shop, Ct)).ShouldBeNull();
            (await Store.Connections.GetAsync(me.Client, me.Shop, Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client);
        },
        ["IConnectionStore.FindForWebhookAsync"] = async (me, _) =>
            (await Store.Connections.FindForWebhookAsync(me.Shop, Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client),
        ["IConnectionStore.IsEnabledAsync"] = async (me, other) =>
        {
            (await Store.Connections.IsEnabledAsync(me.Client, other.Shop, Ct)).ShouldBeFalse();
            (await Store.Connections.IsEnabledAsync(me.Client, me.Shop, Ct)).ShouldBeTrue();
        },
        ["IConnectionStore.ListAsync"] = async (me, _) =>
            (await Store.Connections.ListAsync(me.Client, Ct)).ShouldAllBe(c => c.ClientId == me.Client),

        ["IRecordStore.UpsertAsync"] = async (me, other) =>
        {
            (await Store.Records.UpsertAsync(me.Client, [new RecordWrite(RecordEntity.Product, "A", $"h-{other.Client}", $$"""{"owner":"{{me.Client}}"}""", me.Shop)], Ct))
                .ShouldBe([UpsertOutcome.Changed]);
            (await Store.Records.GetAsync(other.Client, RecordEntity.Product, "A", Ct)).ShouldNotBeNull().Json.ShouldContain(other.Client);
        },
        ["IRecordStore.GetAsync"] = async (me, _) =>
            (await Store.Records.GetAsync(me.Client, RecordEntity.Product, "A", Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client),
        ["IRecordStore.ListAsync"] = async (me, _) =>
            (await Store.Records.ListAsync(me.Client, RecordEntity.Product, null, 10, Ct)).ShouldHaveSingleItem().ClientId.ShouldBe(me.Client),
        ["IRecordStore.ListOpenAsync"] = async (me, _) =>
            (await Store.Records.ListOpenAsync(me.Client, RecordEntity.Order, null, 10, Ct)).ShouldHaveSingleItem().Json.ShouldContain(me.Client),
        ["IRecordStore.CountAsync"] = async (me, _) => (await Store.Records.CountAsync(me.Client, RecordEntity.Product, Ct)).ShouldBe(1),
        ["IRecordStore.GetLinkAsync"] = async (me, other) =>
        {
            (await Store.Records.GetLinkAsync(me.Client, other.Shop, RecordEntity.Product, "A", Ct)).ShouldBeNull();
            (await Store.Records.GetLinkAsync(me.Client, me.Shop, RecordEntity.Product, "A", Ct)).ShouldNotBeNull().ExternalId.ShouldBe($"ext-{me.Client}");
        },
        ["IRecordStore.SaveLinksAsync"] = async (me, other) =>
        {
            await Should.ThrowAsync<InvalidOperationException>(() => Store.Records.SaveLinksAsync(
                [new RecordLink(me.Client, other.Shop, RecordEntity.Product, "A", "hijack", "{}", null, null)], Ct));
            (await Store.Records.GetLinkAsync(other.Client, other.Shop, RecordEntity.Product, "A", Ct)).ShouldNotBeNull().ExternalId.ShouldBe($"ext-{other.Client}");
        },
        ["IRecordStore.ListLinksAsync"] = async (me, other) =>
        {
            (await Store.Records.ListLinksAsync(me.Client, other.Shop, RecordEntity.Product, null, 10, Ct)).ShouldBeEmpty();
            (await Store.Records.ListLinksAsync(me.Client, me.Shop, RecordEntity.Product, null, 10, Ct)).ShouldAllBe(l => l.ClientId == me.Client);
        },
        ["IRecordStore.AppendAuditAsync"] = async (me, other) =>
        {
            var before = (await Store.Records.HistoryAsync(other.Client, RecordEntity.Order, "o-1", Ct)).Count;
            await Store.Records.AppendAuditAsync(new AuditEntry(me.Client, RecordEntity.Order, "o-1", Start, "raised", me.Shop, null, "x", null), Ct);
            (await Store.Records.HistoryAsync(other.Client, RecordEntity.Order, "o-1", Ct)).Count.ShouldBe(before);
        },
        ["IRecordStore.HistoryAsync"] = async (me, _) =>
            (await Store.Records.HistoryAsync(me.Client, RecordEntity.Product, "A", Ct)).ShouldAllBe(h => h.ClientId == me.Client),

        ["IInboxStore.AppendAsync"] = async (me, other) =>
        {
            await Should.ThrowAsync<InvalidOperationException>(() => Store.Inbox.AppendAsync(Delivery("d-x", me.Client, other.Shop), "webhook.process", Ct));
            (await Store.Inbox.AppendAsync(Delivery("d-1", me.Client, me.Shop), "webhook.process", Ct)).InboxId.ShouldBe(me.InboxId);
        },
        ["IInboxStore.AppendManyAsync"] = async (me, other) =>
            await Should.ThrowAsync<InvalidOperationException>(() => Store.Inbox.AppendManyAsync([Delivery("d-y", me.Client, other.Shop)], "webhook.process", Ct)),
        ["IInboxStore.GetAsync"] = async (me, other) =>
        {
            (await Store.Inbox.GetAsync(me.Client, other.InboxId, Ct)).ShouldBeNull();
            (await Store.Inbox.GetAsync(me.Client, me.InboxId, Ct)).ShouldNotBeNull().Delivery.ClientId.ShouldBe(me.Client);
        },
        ["IInboxStore.CountAsync"] = async (me, other) =>
        {
            (await Store.Inbox.CountAsync(me.Client, other.Shop, Ct)).ShouldBe(0);
            (await Store.Inbox.CountAsync(me.Client, me.Shop, Ct)).ShouldBe(1);
        },

        ["IJobStore.EnqueueAsync"] = async (me, other) =>
            (await Store.Jobs.EnqueueAsync(new JobRequest(me.Client, me.Shop, "order.raise", null, "{}", IdempotencyKey: "idem-1"), Ct)).ShouldBe(me.DoneJob),
        ["IJobStore.EnqueueManyAsync"] = async (me, other) =>
        {
            var ids = await Store.Jobs.EnqueueManyAsync([new JobRequest(me.Client, me.Shop, "product.push", "A", $$"""{"owner":"{{me.Client}}"}""", RunAt: Start.AddHours(1))], Ct);
            ids.ShouldBe([me.PendingJob]);
            (await Store.Jobs.GetAsync(other.Client, other.PendingJob, Ct)).ShouldNotBeNull().Payload.ShouldContain(other.Client);
        },
        ["IJobStore.ClaimAsync"] = async (me, other) =>
        {
            // Claims are global by design (any worker runs any client's job); a claimed job keeps its own client.
            var id = await Store.Jobs.EnqueueAsync(new JobRequest(me.Client, me.Shop, "claim.probe", null, "{}"), Ct);
            var claimed = (await Store.Jobs.ClaimAsync(Claim(max: 50, kinds: ["claim.probe"]), Ct)).ShouldHaveSingleItem();
            claimed.Job.Id.ShouldBe(id);
            claimed.Job.ClientId.ShouldBe(me.Client);
            (await Store.Jobs.GetAsync(other.Client, id, Ct)).ShouldBeNull();
            (await Store.Jobs.CompleteAsync(claimed.Job.Id, claimed.LeaseToken, null, Ct)).ShouldBeTrue();
        },
        ["IJobStore.RenewLeaseAsync"] = async (me, other) => (await Store.Jobs.RenewLeaseAsync(me.DoneJob, 0, TimeSpan.FromMinutes(1), Ct)).ShouldBeFalse(),
        ["IJobStore.CompleteAsync"] = async (me, other) => (await Store.Jobs.CompleteAsync(me.PendingJob, 0, "x", Ct)).ShouldBeFalse(),
        ["IJobStore.FailAttemptAsync"] = async (me, other) =>
            (await Store.Jobs.FailAttemptAsync(me.PendingJob, 0, new JobFailure("permanent", "x", null), Ct)).ShouldBeFalse(),
        ["IJobStore.ReplayAsync"] = async (me, other) =>
        {
            (await Store.Jobs.ReplayAsync(me.Client, other.DoneJob, Ct)).ShouldBeFalse();
            (await Store.Jobs.GetAsync(other.Client, other.DoneJob, Ct)).ShouldNotBeNull().State.ShouldNotBe(JobState.Pending);
        },
        ["IJobStore.RetryNowAsync"] = async (me, other) => (await Store.Jobs.RetryNowAsync(me.Client, other.PendingJob, Ct)).ShouldBeFalse(),
        ["IJobStore.GetAsync"] = async (me, other) =>
        {
            (await Store.Jobs.GetAsync(me.Client, other.PendingJob, Ct)).ShouldBeNull();
            (await Store.Jobs.GetAsync(me.Client, me.PendingJob, Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client);
        },
        ["IJobStore.ListAsync"] = async (me, _) =>
            (await Store.Jobs.ListAsync(me.Client, new JobQuery(Limit: 100), Ct)).ShouldAllBe(j => j.ClientId == me.Client),
        ["IJobStore.AttemptsAsync"] = async (me, other) =>
        {
            (await Store.Jobs.AttemptsAsync(me.Client, other.DoneJob, Ct)).ShouldBeEmpty();
            (await Store.Jobs.AttemptsAsync(me.Client, me.DoneJob, Ct)).ShouldNotBeEmpty();
        },
        ["IJobStore.CountByStateAsync"] = async (me, _) =>
            (await Store.Jobs.CountByStateAsync(me.Client, Ct)).Values.Sum()
                .ShouldBe((await Store.Jobs.ListAsync(me.Client, new JobQuery(Limit: 1000), Ct)).Count),
        ["IJobStore.NextDueAsync"] = async (_, _) => await Store.Jobs.NextDueAsync(Ct),

        ["IScheduleStore.GetCursorAsync"] = async (me, other) =>
        {
            (await Store.Schedule.GetCursorAsync(me.Client, other.Shop, "products", Ct)).ShouldBeNull();
            (await Store.Schedule.GetCursorAsync(me.Client, me.Shop, "products", Ct)).ShouldBe($"cursor-{me.Client}");
        },
        ["IScheduleStore.SetCursorAsync"] = async (me, other) =>
        {
            await Store.Schedule.SetCursorAsync(me.Client, me.Shop, "customers", $"c-{me.Client}", Ct);
            (await Store.Schedule.GetCursorAsync(other.Client, me.Shop, "customers", Ct)).ShouldBeNull();
            (await Store.Schedule.GetCursorAsync(other.Client, other.Shop, "products", Ct)).ShouldBe($"cursor-{other.Client}");
        },
        ["IScheduleStore.TryAcquireLeaseAsync"] = async (me, other) =>
        {
            // Leases are named by the caller (e.g. pull:<connection id>, unique across clients): one holder at a time.
            (await Store.Schedule.TryAcquireLeaseAsync($"pull:{me.Shop}", me.Client, TimeSpan.FromMinutes(1), Ct)).ShouldBeTrue();
            (await Store.Schedule.TryAcquireLeaseAsync($"pull:{me.Shop}", other.Client, TimeSpan.FromMinutes(1), Ct)).ShouldBeFalse();
            await Store.Schedule.ReleaseLeaseAsync($"pull:{me.Shop}", me.Client, Ct);
        },
        ["IScheduleStore.ReleaseLeaseAsync"] = async (me, other) =>
        {
            (await Store.Schedule.TryAcquireLeaseAsync($"pull:{me.Shop}", me.Client, TimeSpan.FromMinutes(1), Ct)).ShouldBeTrue();
            await Store.Schedule.ReleaseLeaseAsync($"pull:{me.Shop}", other.Client, Ct);
            (await Store.Schedule.TryAcquireLeaseAsync($"pull:{me.Shop}", other.Client, TimeSpan.FromMinutes(1), Ct)).ShouldBeFalse();
            await Store.Schedule.ReleaseLeaseAsync($"pull:{me.Shop}", me.Client, Ct);
        },

        ["IAccessStore.SaveUserAsync"] = async (me, other) =>
        {
            await Should.ThrowAsync<InvalidOperationException>(() =>
                Store.Access.SaveUserAsync(new AccessUser(other.UserId, me.Client, $"takeover@{me.Client}.test", "h2", AccessRoles.Admin, Start), Ct));
            (await Store.Access.GetUserAsync(other.Client, other.UserId, Ct)).ShouldNotBeNull().Email.ShouldBe($"ops@{other.Client}.test");
        },
        ["IAccessStore.FindUserByEmailAsync"] = async (me, _) =>
            (await Store.Access.FindUserByEmailAsync($"OPS@{me.Client}.test", Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client),
        ["IAccessStore.GetUserAsync"] = async (me, other) =>
        {
            (await Store.Access.GetUserAsync(me.Client, other.UserId, Ct)).ShouldBeNull();
            (await Store.Access.GetUserAsync(me.Client, me.UserId, Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client);
        },
        ["IAccessStore.ListUsersAsync"] = async (me, _) =>
            (await Store.Access.ListUsersAsync(me.Client, Ct)).ShouldHaveSingleItem().Id.ShouldBe(me.UserId),
        ["IAccessStore.CreateTokenAsync"] = async (me, other) =>
        {
            await Store.Access.CreateTokenAsync(new ApiToken($"t2-{me.Client}", me.Client, "cli", $"tokenhash2-{me.Client}", Start, null), Ct);
            (await Store.Access.ListTokensAsync(other.Client, Ct)).ShouldAllBe(t => t.ClientId == other.Client);
        },
        ["IAccessStore.FindTokenByHashAsync"] = async (me, _) =>
            (await Store.Access.FindTokenByHashAsync(me.TokenHash, Ct)).ShouldNotBeNull().ClientId.ShouldBe(me.Client),
        ["IAccessStore.ListTokensAsync"] = async (me, _) =>
            (await Store.Access.ListTokensAsync(me.Client, Ct)).ShouldAllBe(t => t.ClientId == me.Client),
        ["IAccessStore.RevokeTokenAsync"] = async (me, other) =>
        {
            (await Store.Access.RevokeTokenAsync(me.Client, other.TokenId, Start, Ct)).ShouldBeFalse();
            (await Store.Access.FindTokenByHashAsync(other.TokenHash, Ct)).ShouldNotBeNull().Active.ShouldBeTrue();
        },
    };
}
