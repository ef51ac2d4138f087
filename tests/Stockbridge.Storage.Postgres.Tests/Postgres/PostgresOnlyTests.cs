using System.Security.Cryptography;
using Dapper;
using Npgsql;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Postgres.Tests.Support;

namespace Stockbridge.Storage.Postgres.Tests.Postgres;

/// <summary>What only the PostgreSQL engine promises: nodes migrating at once, the redacted description, the key ring.</summary>
public sealed class PostgresOnlyTests : IAsyncLifetime
{
    private const string Secret = "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";
    private static readonly OperatorKeys MasterKeys = new(OperatorKey.FromText(OperatorKey.Generate(), "a test key"));
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("stockbridge-pg-keys-");
    private string _database = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await PostgresTestServer.CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        await PostgresTestServer.DropDatabaseAsync(_database);
        _keys.Delete(recursive: true);
    }

    [Fact]
    public async Task MigrateAsync_ThreeNodesAtOnce_OneAppliesEverythingOthersNothing()
    {
        var stores = Enumerable.Range(0, 3).Select(_ => Open()).ToList();

        var reports = await Task.WhenAll(stores.Select(store => Task.Run(() => store.MigrateAsync(Ct), Ct)));

        reports.Count(r => r.Applied.Count > 0).ShouldBe(1);
        var winner = reports.Single(r => r.Applied.Count > 0);
        winner.Applied.ShouldBe(winner.Applied.Order().ToList());
        winner.Applied.ShouldContain(1);
        winner.Applied.ShouldContain(100);
        var latest = winner.Applied.Max();
        reports.ShouldAllBe(r => r.CurrentVersion == latest);
        foreach (var store in stores) await store.DisposeAsync();
    }

    [Fact]
    public async Task Describe_ConnectionStringWithPassword_NeverShowsIt()
    {
        var withPassword = new NpgsqlConnectionStringBuilder(_database) { Password = "hunter2-db-pass" }.ConnectionString;
        await using var store = PostgresStore.Open(new PostgresStoreOptions { ConnectionString = withPassword }, TimeProvider.System);

        store.Engine.ShouldBe("postgres");
        store.Describe().ShouldNotContain("hunter2");
        store.Describe().ShouldContain(new NpgsqlConnectionStringBuilder(_database).Database!);
    }

    [Fact]
    public async Task SaveConnection_DefaultKeyRing_SecretEncryptedAndReadableByAnotherNode()
    {
        await using var node1 = await SeedAsync(Open());
        await using var node2 = Open();

        (await node2.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
        await using var raw = new NpgsqlConnection(_database);
        (await raw.ExecuteScalarAsync<string>("SELECT secrets_protected FROM connections")).ShouldNotBeNull().ShouldNotContain(Secret);
        (await raw.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SaveConnection_KeysDirectory_KeysStayOutOfTheDatabaseAndOtherKeysCannotRead()
    {
        await using var node1 = await SeedAsync(Open(_keys.FullName));
        await using var sameKeys = Open(_keys.FullName);
        await using var databaseKeys = Open();

        (await sameKeys.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
        await using var raw = new NpgsqlConnection(_database);
        (await raw.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys")).ShouldBe(0);
        await Should.ThrowAsync<CryptographicException>(() => databaseKeys.Connections.GetAsync("acme", "acme-shopify", Ct));
    }

    [Fact]
    public async Task DatabaseKeyRing_IsSealed_ACopyOfTheDatabaseReadsNoSecretWithoutTheOperatorKeyOrWithAnother()
    {
        await using var node1 = await SeedAsync(Open());
        await using var raw = new NpgsqlConnection(_database);
        var ring = (await raw.QueryAsync<string>("SELECT xml FROM data_protection_keys")).ToList();
        ring.ShouldNotBeEmpty();
        ring.ShouldAllBe(xml => xml.Contains("encryptedSecret") && !xml.Contains("<masterKey"));

        await using var withoutKey = Open(masterKeys: null);
        (await Should.ThrowAsync<KeyRingException>(() => withoutKey.MigrateAsync(Ct))).Message.ShouldContain(OperatorKey.EnvironmentVariable);
        await Should.ThrowAsync<CryptographicException>(() => withoutKey.Connections.GetAsync("acme", "acme-shopify", Ct));
        await using var wrongKey = Open(masterKeys: new OperatorKeys(OperatorKey.FromText(OperatorKey.Generate(), "another key")));
        await Should.ThrowAsync<KeyRingException>(() => wrongKey.MigrateAsync(Ct));
        await Should.ThrowAsync<CryptographicException>(() => wrongKey.Connections.GetAsync("acme", "acme-shopify", Ct));

        await using var withKey = Open();
        await withKey.MigrateAsync(Ct);
        (await withKey.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
    }

    [Fact]
    public async Task DatabaseKeyRing_LeftUnencrypted_IsSealedAtFirstOpenWithAKey()
    {
        await using (var legacy = await SeedAsync(Open(masterKeys: null)))
        {
            (await legacy.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull();
        }
        await using var raw = new NpgsqlConnection(_database);
        (await raw.QueryAsync<string>("SELECT xml FROM data_protection_keys")).ShouldAllBe(xml => xml.Contains("<masterKey"));

        await using var sealedStore = Open();
        await sealedStore.MigrateAsync(Ct);

        sealedStore.KeyRing.Notice.ShouldNotBeNull().ShouldContain("1 unencrypted key(s)");
        (await raw.QueryAsync<string>("SELECT xml FROM data_protection_keys")).ShouldAllBe(xml => xml.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
        (await sealedStore.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
    }

    private PostgresStore Open(string? keys = null) => Open(keys, MasterKeys);

    private PostgresStore Open(string? keys, OperatorKeys? masterKeys) =>
        PostgresStore.Open(new PostgresStoreOptions { ConnectionString = _database, KeysDirectory = keys, MasterKeys = masterKeys }, TimeProvider.System);

    private PostgresStore Open(OperatorKeys? masterKeys) => Open(null, masterKeys);

    private static async Task<PostgresStore> SeedAsync(PostgresStore store)
    {
        await store.MigrateAsync(Ct);
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", TimeProvider.System.GetUtcNow()), Ct);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = "acme", Id = "acme-shopify", ConnectorKey = "shopify", Name = "Acme shop",
            Secrets = new Dictionary<string, string> { ["access_token"] = Secret },
        }, Ct);
        return store;
    }
}
