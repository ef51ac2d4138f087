using Microsoft.Extensions.Time.Testing;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IStore"/> engine must show. An engine's test class is one line:
/// <c>public sealed class XStoreTests() : StoreContractTests(new XStoreFixture());</c>
/// </summary>
public abstract partial class StoreContractTests(IStoreFixture fixture) : IAsyncLifetime
{
    protected const string Acme = "acme";
    protected const string Globex = "globex";
    protected const string AcmeShop = "acme-shopify";
    protected const string AcmeErp = "acme-syspro";
    protected const string GlobexShop = "globex-shopify";

    protected static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    protected IStoreFixture Fixture { get; } = fixture;
    protected FakeTimeProvider Time { get; } = new(Start);
    protected IStore Store { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Store = await Fixture.CreateEmptyAsync(Time);
        await Store.MigrateAsync(Ct);
        await Store.Clients.UpsertAsync(new ClientRecord(Acme, "Acme Ltd", Start), Ct);
        await Store.Clients.UpsertAsync(new ClientRecord(Globex, "Globex", Start), Ct);
        await Store.Connections.SaveAsync(Connection(Acme, AcmeShop), Ct);
        await Store.Connections.SaveAsync(Connection(Acme, AcmeErp), Ct);
        await Store.Connections.SaveAsync(Connection(Globex, GlobexShop), Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Store is not null) await Store.DisposeAsync();
        await Fixture.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static ConnectionRecord Connection(string clientId, string id, string secret = "s3cret") => new()
    {
        ClientId = clientId,
        Id = id,
        ConnectorKey = "shopify",
        Name = $"{id} connection",
        Settings = new Dictionary<string, string> { ["shop_domain"] = $"{id}.myshopify.com" },
        Secrets = new Dictionary<string, string> { ["access_token"] = secret },
    };

    protected static JobRequest Push(string key, string payload = "{}", string connectionId = AcmeShop, int priority = 0, DateTimeOffset? runAt = null) =>
        new(Acme, connectionId, "product.push", key, payload, RunAt: runAt, Priority: priority);

    protected static InboxDelivery Delivery(string deliveryId, string clientId = Acme, string connectionId = AcmeShop) =>
        new(clientId, connectionId, deliveryId, "orders/create", [0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x31, 0x7d], """{"x-shopify-topic":"orders/create"}""", Start);

    protected static ClaimRequest Claim(string worker = "w1", int max = 10, int maxPerConnection = 0, TimeSpan? lease = null, IReadOnlyCollection<string>? kinds = null) =>
        new(worker, max, lease ?? TimeSpan.FromMinutes(5), kinds, maxPerConnection);

    protected async Task<ClaimedJob> ClaimSingleAsync(string worker = "w1")
    {
        var claimed = await Store.Jobs.ClaimAsync(Claim(worker, max: 1), Ct);
        return claimed.ShouldHaveSingleItem();
    }
}
