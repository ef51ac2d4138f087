using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>Opens the store a node runs over: PostgreSQL for a connection string, else a SQLite file (for the bench).</summary>
internal static class NodeStore
{
    public static bool IsPostgres(string location) => location.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    public static async Task<IStore> OpenMigratedAsync(string location) => IsPostgres(location)
        ? await PostgresStore.OpenMigratedAsync(new PostgresStoreOptions { ConnectionString = location }, TimeProvider.System, CancellationToken.None)
        : await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = location }, TimeProvider.System, CancellationToken.None);
}
