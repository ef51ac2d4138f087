using System.Data.Common;
using Dapper;

namespace Stockbridge.Storage.Postgres.Infrastructure;

/// <summary>
/// Transaction-scoped advisory locks on text keys (hashed to 64 bits). Several keys are always taken in one statement in
/// hash order, so two transactions can never wait on each other in a cycle.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>The lock that serializes migrations across nodes.</summary>
    public const string Migrations = "stockbridge:migrations";

    public static Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return Task.CompletedTask;
        return connection.ExecuteAsync(Sql.Command("""
            SELECT pg_advisory_xact_lock(h) FROM (
                SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(@Keys) AS k ORDER BY 1
            ) AS ordered
            """, new { Keys = distinct }, cancellationToken, transaction));
    }

    public static Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        LockAsync(connection, transaction, [key], cancellationToken);

    /// <summary>
    /// The key of a connection's job gate: writers that may make one of its jobs waiting (enqueue, retry, replay) hold it
    /// shared, so many run at once; enabling or disabling the connection holds it exclusive, so its parking statement
    /// sees every such job committed, and every later one sees the new flag.
    /// </summary>
    public static string ConnectionJobs(string connectionId) => ConnectionJobsPrefix + connectionId;

    /// <summary>What <see cref="ConnectionJobs"/> puts before the connection id (for SQL that builds the key from a row).</summary>
    public const string ConnectionJobsPrefix = "connection-jobs:";

    /// <summary>Takes a shared lock on <paramref name="key"/>. Its exclusive holder takes it first and alone, so no cycle forms.</summary>
    public static Task LockSharedAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.Command(
            "SELECT pg_advisory_xact_lock_shared(hashtextextended(@Key, 0))", new { Key = key }, cancellationToken, transaction));
}
