using Stockbridge.Storage.Postgres.Tests.Support;
using Stockbridge.Storage.Tests.Contract;
using Stockbridge.Storage.Tests.Sqlite;

namespace Stockbridge.Storage.Postgres.Tests.Contract;

/// <summary>A fresh database per store (<c>sb_test_&lt;random&gt;</c>), dropped afterwards; the ring sealed with the same test key as SQLite's.</summary>
public sealed class PostgresStoreFixture : IStoreFixture
{
    private readonly Dictionary<IStore, string> _connectionStrings = [];
    private readonly List<string> _databases = [];

    public async Task<IStore> CreateEmptyAsync(TimeProvider time)
    {
        var connectionString = await PostgresTestServer.CreateDatabaseAsync();
        _databases.Add(connectionString);
        return Track(PostgresStore.Open(new PostgresStoreOptions { ConnectionString = connectionString, MasterKeys = SqliteStoreFixture.MasterKeys }, time), connectionString);
    }

    public Task<IStore> OpenAgainAsync(IStore store, TimeProvider time)
    {
        var connectionString = _connectionStrings[store];
        return Task.FromResult(Track(PostgresStore.Open(new PostgresStoreOptions { ConnectionString = connectionString, MasterKeys = SqliteStoreFixture.MasterKeys }, time), connectionString));
    }

    public string ConnectionStringOf(IStore store) => _connectionStrings[store];

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _connectionStrings.Keys) await store.DisposeAsync();
        foreach (var database in _databases) await PostgresTestServer.DropDatabaseAsync(database);
    }

    private IStore Track(PostgresStore store, string connectionString)
    {
        _connectionStrings[store] = connectionString;
        return store;
    }
}
