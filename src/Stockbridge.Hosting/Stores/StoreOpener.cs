using Stockbridge.Storage;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Hosting.Stores;

/// <summary>Opens the store a location names: a SQLite file path, or (once supported) a PostgreSQL connection string.</summary>
public static class StoreOpener
{
    /// <summary>Opens the store and applies any pending migrations.</summary>
    /// <param name="location">A SQLite file path, or <c>Host=…;Database=…</c> for PostgreSQL.</param>
    /// <param name="time">The clock the store stamps with.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<IStore> OpenAsync(string location, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (IsConnectionString(location))
            throw new NotSupportedException("PostgreSQL stores are not in this build yet; give a SQLite file path.");
        return await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.GetFullPath(location) }, time, cancellationToken);
    }

    /// <summary>True for a key=value connection string rather than a file path.</summary>
    public static bool IsConnectionString(string location) =>
        location.Contains('=', StringComparison.Ordinal) && location.Contains(';', StringComparison.Ordinal)
        || location.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
}
