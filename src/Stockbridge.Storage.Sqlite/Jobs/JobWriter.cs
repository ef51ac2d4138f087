using Dapper;
using Microsoft.Data.Sqlite;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>
/// Enqueues one job inside a caller's write transaction (used by the job store and the inbox). A job for a disabled
/// connection is written parked, and coalesces with the connection's parked job of the same record.
/// </summary>
internal static class JobWriter
{
    // Latest payload wins; the job keeps the higher priority and the earlier run time, so coalescing never delays work.
    private const string Coalesce = """
        UPDATE jobs SET
            payload = @Payload,
            priority = CASE WHEN @Priority > priority THEN @Priority ELSE priority END,
            next_run_at = CASE WHEN @RunAt < next_run_at THEN @RunAt ELSE next_run_at END,
            idempotency_key = COALESCE(idempotency_key, @IdempotencyKey),
            updated_at = @Now
        WHERE id = @Id
        """;

    private const string Insert = """
        INSERT INTO jobs (client_id, connection_id, kind, key, idempotency_key, payload, state, priority, next_run_at, created_at, updated_at)
        VALUES (@ClientId, @ConnectionId, @Kind, @Key, @IdempotencyKey, @Payload, @State, @Priority, @RunAt, @Now, @Now)
        RETURNING id
        """;

    /// <summary>The waiting job (pending or parked, as <paramref name="state"/> says) of the same record, to coalesce with.</summary>
    internal static string FindCoalescible(string state) => $"""
        SELECT id FROM jobs
        WHERE client_id = @ClientId AND kind = @Kind AND key = @Key AND state = '{state}'
          AND (connection_id = @ConnectionId OR (connection_id IS NULL AND @ConnectionId IS NULL))
        ORDER BY id DESC LIMIT 1
        """;

    public static async Task<long> EnqueueAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
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
            && await connection.ExecuteScalarAsync<long?>(Sql.Command(FindCoalescible(lookup.State), parameters, cancellationToken, transaction)) is { } waiting)
        {
            await connection.ExecuteAsync(Sql.Command(Coalesce, new
            {
                Id = waiting, parameters.Payload, parameters.Priority, parameters.RunAt, parameters.IdempotencyKey, parameters.Now,
            }, cancellationToken, transaction));
            return waiting;
        }

        return await connection.ExecuteScalarAsync<long>(Sql.Command(Insert, parameters, cancellationToken, transaction));
    }
}
