using Dapper;
using Npgsql;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Enqueues jobs inside a caller's transaction (used by the job store and the inbox). Requests with a coalescing key or an
/// idempotency key first take advisory locks on those keys (all at once, in hash order), so two nodes enqueuing the same
/// key serialize: the second finds the first's job, exactly as with SQLite's single writer.
/// </summary>
internal static class JobWriter
{
    private const string FindByIdempotencyKey = "SELECT id FROM jobs WHERE client_id = @ClientId AND idempotency_key = @IdempotencyKey";

    // Latest payload wins; the job keeps the higher priority and the earlier run time, so coalescing never delays work.
    // The state is checked again on the row itself: a job a worker claimed a moment ago is not touched.
    private const string Coalesce = """
        UPDATE jobs SET
            payload = @Payload,
            priority = GREATEST(priority, @Priority),
            next_run_at = LEAST(next_run_at, @RunAt),
            idempotency_key = COALESCE(idempotency_key, @IdempotencyKey),
            updated_at = @Now
        WHERE id = (
            SELECT id FROM jobs
            WHERE client_id = @ClientId AND kind = @Kind AND key = @Key AND state = 'pending'
              AND connection_id IS NOT DISTINCT FROM @ConnectionId
            ORDER BY id DESC LIMIT 1)
          AND state = 'pending'
        RETURNING id
        """;

    private const string Insert = """
        INSERT INTO jobs (client_id, connection_id, kind, key, idempotency_key, payload, state, priority, next_run_at, created_at, updated_at)
        VALUES (@ClientId, @ConnectionId, @Kind, @Key, @IdempotencyKey, @Payload, 'pending', @Priority, @RunAt, @Now, @Now)
        RETURNING id
        """;

    public static Task LockKeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<JobRequest> requests, CancellationToken cancellationToken) =>
        AdvisoryLocks.LockAsync(connection, transaction, LockKeysOf(requests), cancellationToken);

    /// <summary>The advisory lock keys enqueueing these requests takes (for a caller that locks other keys in the same call).</summary>
    public static IEnumerable<string> LockKeysOf(IEnumerable<JobRequest> requests) => requests.SelectMany(LockKeys);

    public static async Task<long> EnqueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            request.ClientId, request.ConnectionId, request.Kind, request.Key, request.IdempotencyKey, request.Payload, request.Priority,
            RunAt = DbTime.ToDb(request.RunAt ?? now), Now = DbTime.ToDb(now),
        };

        if (request.IdempotencyKey is not null
            && await connection.ExecuteScalarAsync<long?>(Sql.Command(FindByIdempotencyKey, parameters, cancellationToken, transaction)) is { } existing)
        {
            return existing;
        }

        if (request.Key is not null
            && await connection.ExecuteScalarAsync<long?>(Sql.Command(Coalesce, parameters, cancellationToken, transaction)) is { } pending)
        {
            return pending;
        }

        return await connection.ExecuteScalarAsync<long>(Sql.Command(Insert, parameters, cancellationToken, transaction));
    }

    private static IEnumerable<string> LockKeys(JobRequest request)
    {
        if (request.IdempotencyKey is not null) yield return $"job-idem:{request.ClientId}:{request.IdempotencyKey}";
        if (request.Key is not null) yield return $"job-key:{request.ClientId}:{request.ConnectionId}:{request.Kind}:{request.Key}";
    }
}
