using System.Data.Common;
using Dapper;

namespace Stockbridge.Storage.Postgres.Infrastructure;

/// <summary>
/// PostgreSQL under the shared stores: many nodes write at once, so writers that must take turns serialize on
/// transaction-scoped advisory locks (<see cref="AdvisoryLocks"/>), and a connection's job gate is held shared by writers
/// that make its jobs wait and exclusive by the save that enables or disables it.
/// </summary>
internal sealed class PostgresDialect : RelationalDialect
{
    public static readonly PostgresDialect Instance = new();

    // Latest payload wins; the job keeps the higher priority and the earlier run time, so coalescing never delays work.
    // The state is checked again on the row itself: a job a worker claimed a moment ago is not touched.
    private static string Coalesce(string state) => $"""
        UPDATE jobs SET
            payload = @Payload,
            priority = GREATEST(priority, @Priority),
            next_run_at = LEAST(next_run_at, @RunAt),
            idempotency_key = COALESCE(idempotency_key, @IdempotencyKey),
            updated_at = @Now
        WHERE id = (
            SELECT id FROM jobs
            WHERE client_id = @ClientId AND kind = @Kind AND key = @Key AND state = '{state}'
              AND connection_id IS NOT DISTINCT FROM @ConnectionId
            ORDER BY id DESC LIMIT 1)
          AND state = '{state}'
        RETURNING id
        """;

    private PostgresDialect()
    {
    }

    /// <summary>A null parameter has no type of its own in PostgreSQL: it is named where the parameter is compared.</summary>
    public override string NullableText(string parameter) => $"{parameter}::text";

    public override string NullableInteger(string parameter) => $"{parameter}::bigint";

    public override string IsTrue(string column) => column;

    public override Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        AdvisoryLocks.LockAsync(connection, transaction, keys, cancellationToken);

    public override Task CloseJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken) =>
        AdvisoryLocks.LockAsync(connection, transaction, AdvisoryLocks.ConnectionJobs(connectionId), cancellationToken);

    public override Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken) =>
        AdvisoryLocks.LockSharedAsync(connection, transaction, AdvisoryLocks.ConnectionJobs(connectionId), cancellationToken);

    public override Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, long jobId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.Command("""
            SELECT pg_advisory_xact_lock_shared(hashtextextended(@Prefix || connection_id, 0))
            FROM jobs WHERE id = @JobId AND connection_id IS NOT NULL
            """, new { JobId = jobId, Prefix = AdvisoryLocks.ConnectionJobsPrefix }, cancellationToken, transaction));

    public override Task<long?> CoalesceJobAsync(DbConnection connection, DbTransaction transaction, JobInsert job, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(Sql.Command(Coalesce(job.State), job, cancellationToken, transaction));
}
