using Npgsql;
using Stockbridge.Storage;
using Stockbridge.Storage.Postgres;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Hosting.Stores;

/// <summary>Opens the store a location names: a SQLite file path (the default), or a PostgreSQL connection string.</summary>
public static class StoreOpener
{
    /// <summary>
    /// Opens the store, applies any pending migrations (safe when several nodes start at once) and seals its key ring
    /// with the operator key. The hub never runs without that key: a store opened without one is refused.
    /// </summary>
    /// <param name="location">A SQLite file path, or <c>Host=…;Database=…</c> for PostgreSQL.</param>
    /// <param name="masterKeys">The operator key (see <see cref="OperatorKeys.Resolve"/>); null is refused with what to set.</param>
    /// <param name="time">The clock the store stamps with.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<IStore> OpenAsync(string location, OperatorKeys? masterKeys, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (masterKeys is null)
            throw new KeyRingException(
                $"No operator key: the hub keeps its key ring encrypted at rest under a key only the operator holds. Set {OperatorKey.EnvironmentVariable} "
                + "(generate one with `openssl rand -base64 32`) or name a key file in the config's hosting.master_key_file, and keep it apart from the store.");
        if (IsConnectionString(location))
            return await PostgresStore.OpenMigratedAsync(new PostgresStoreOptions { ConnectionString = location, MasterKeys = masterKeys }, time, cancellationToken);
        return await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.GetFullPath(location), MasterKeys = masterKeys }, time, cancellationToken);
    }

    /// <summary>The operator key for <paramref name="config"/>: its <c>hosting.master_key_file</c>, else the environment.</summary>
    public static OperatorKeys? MasterKeysFor(Configuration.LoadedConfig? config) =>
        OperatorKeys.Resolve(config?.MasterKeyFile, Environment.GetEnvironmentVariable);

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
