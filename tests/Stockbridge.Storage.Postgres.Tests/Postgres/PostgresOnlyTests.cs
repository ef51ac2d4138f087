using System.Security.Cryptography;
using Dapper;
using Npgsql;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Postgres.Tests.Support;

namespace Stockbridge.Storage.Postgres.Tests.Postgres;

/// <summary>What only the PostgreSQL engine promises: nodes migrating at once, the redacted description, the key ring.</summary>
public sealed class PostgresOnlyTests : IAsyncLifetime
{
    private const string Secret = "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";
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

    private PostgresStore Open(string? keys = null) =>
        PostgresStore.Open(new PostgresStoreOptions { ConnectionString = _database, KeysDirectory = keys }, TimeProvider.System);

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
