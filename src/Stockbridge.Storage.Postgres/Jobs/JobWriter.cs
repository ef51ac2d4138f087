using Dapper;
using Npgsql;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Enqueues jobs inside a caller's transaction (used by the job store and the inbox). Requests with a coalescing key or an
/// idempotency key first take advisory locks on those keys (all at once, in hash order), so two nodes enqueuing the same
/// key serialize: the second finds the first's job, exactly as with SQLite's single writer. A job for a disabled connection
/// is written parked (and coalesces with its record's parked job); the connection's job gate is held shared while the flag
/// is read, so a disable committing meanwhile either parks this job or is seen by it.
/// </summary>
internal static class JobWriter
{
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

    private const string Insert = """
        INSERT INTO jobs (client_id, connection_id, kind, key, idempotency_key, payload, state, priority, next_run_at, created_at, updated_at)
        VALUES (@ClientId, @ConnectionId, @Kind, @Key, @IdempotencyKey, @Payload, @State, @Priority, @RunAt, @Now, @Now)
        RETURNING id
        """;

    public static Task LockKeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<JobRequest> requests, CancellationToken cancellationToken) =>
        AdvisoryLocks.LockAsync(connection, transaction, LockKeysOf(requests), cancellationToken);

    /// <summary>The advisory lock keys enqueueing these requests takes (for a caller that locks other keys in the same call).</summary>
    public static IEnumerable<string> LockKeysOf(IEnumerable<JobRequest> requests) => requests.SelectMany(LockKeys);

    public static async Task<long> EnqueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.ConnectionId is { } connectionId)
            await AdvisoryLocks.LockSharedAsync(connection, transaction, AdvisoryLocks.ConnectionJobs(connectionId), cancellationToken);
        var lookup = request.IdempotencyKey is null && request.ConnectionId is null ? new EnqueueLookupRow()
            : await connection.QuerySingleAsync<EnqueueLookupRow>(Sql.Command(
                EnqueueLookupRow.Sql, new { request.ClientId, request.IdempotencyKey, request.ConnectionId }, cancellationToken, transaction));
        if (lookup.Existing is { } existing) return existing;

        var parameters = new
        {
            request.ClientId, request.ConnectionId, request.Kind, request.Key, request.IdempotencyKey, request.Payload, request.Priority,
            RunAt = DbTime.ToDb(request.RunAt ?? now), Now = DbTime.ToDb(now), lookup.State,
        };
        if (request.Key is not null
            && await connection.ExecuteScalarAsync<long?>(Sql.Command(Coalesce(lookup.State), parameters, cancellationToken, transaction)) is { } waiting)
        {
            return waiting;
        }

        return await connection.ExecuteScalarAsync<long>(Sql.Command(Insert, parameters, cancellationToken, transaction));
    }

    private static IEnumerable<string> LockKeys(JobRequest request)
    {
        if (request.IdempotencyKey is not null) yield return $"job-idem:{request.ClientId}:{request.IdempotencyKey}";
        if (request.Key is not null) yield return $"job-key:{request.ClientId}:{request.ConnectionId}:{request.Kind}:{request.Key}";
    }
}
