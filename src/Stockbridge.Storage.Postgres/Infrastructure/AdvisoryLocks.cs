using Dapper;
using Npgsql;

namespace Stockbridge.Storage.Postgres.Infrastructure;

/// <summary>
/// Transaction-scoped advisory locks on text keys (hashed to 64 bits). Several keys are always taken in one statement in
/// hash order, so two transactions can never wait on each other in a cycle.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>The lock that serializes migrations across nodes.</summary>
    public const string Migrations = "stockbridge:migrations";

    public static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return Task.CompletedTask;
        return connection.ExecuteAsync(Sql.Command("""
            SELECT pg_advisory_xact_lock(h) FROM (
                SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(@Keys) AS k ORDER BY 1
            ) AS ordered
            """, new { Keys = distinct }, cancellationToken, transaction));
    }

    public static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken) =>
        LockAsync(connection, transaction, [key], cancellationToken);
}
