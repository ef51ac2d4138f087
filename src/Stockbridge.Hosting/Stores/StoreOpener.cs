using Npgsql;
using Stockbridge.Storage;
using Stockbridge.Storage.Postgres;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Hosting.Stores;

/// <summary>Opens the store a location names: a SQLite file path (the default), or a PostgreSQL connection string.</summary>
public static class StoreOpener
{
    /// <summary>Opens the store and applies any pending migrations (safe when several nodes start at once).</summary>
    /// <param name="location">A SQLite file path, or <c>Host=…;Database=…</c> for PostgreSQL.</param>
    /// <param name="time">The clock the store stamps with.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<IStore> OpenAsync(string location, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (IsConnectionString(location))
            return await PostgresStore.OpenMigratedAsync(new PostgresStoreOptions { ConnectionString = location }, time, cancellationToken);
        return await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.GetFullPath(location) }, time, cancellationToken);
    }

    /// <summary>True for a key=value connection string rather than a file path.</summary>
    public static bool IsConnectionString(string location) =>
        location.Contains('=', StringComparison.Ordinal) && location.Contains(';', StringComparison.Ordinal)
        || location.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The location for a person (logs, console): a connection string without its password.</summary>
    public static string Describe(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsConnectionString(location)) return location;
        var builder = new NpgsqlConnectionStringBuilder(location);
        return $"postgres://{builder.Username ?? "(default user)"}@{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? "(default database)"}";
    }
}
