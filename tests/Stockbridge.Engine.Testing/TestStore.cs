using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Engine.Testing;

/// <summary>A real SQLite store in its own temporary directory, migrated, with one client and its connections.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string ClientId = "acme";
    public const string Secret = "test-webhook-secret";

    private TestStore(string directory, SqliteStore store) => (Directory, Store) = (directory, store);

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "hub.db");
    public SqliteStore Store { get; }

    /// <summary>Opens the store at <paramref name="directory"/> (made if missing) and creates the client and a webhook connection.</summary>
    public static async Task<TestStore> CreateAsync(TimeProvider time, string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "stockbridge-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.Combine(directory, "hub.db") }, time, CancellationToken.None);
        await store.Clients.UpsertAsync(new ClientRecord(ClientId, "Acme", time.GetUtcNow()), CancellationToken.None);
        return new TestStore(directory, store);
    }

    /// <summary>Saves an <c>hmac-test</c> connection (or another connector's) for the client.</summary>
    public Task AddConnectionAsync(string connectionId, string connectorKey = HmacTestConnectorFactory.Key, bool enabled = true) =>
        Store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = ClientId,
            Id = connectionId,
            ConnectorKey = connectorKey,
            Name = connectionId,
            Secrets = new Dictionary<string, string> { [HmacTestConnectorFactory.SecretKey] = Secret },
            Enabled = enabled,
        }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a process under test may still hold the file; the temp directory is cleaned up by the OS
        }
    }
}
