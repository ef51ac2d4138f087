using System.Data.Common;
using Dapper;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational.Jobs;

/// <summary>
/// Enqueues one job inside a caller's write transaction (used by the job store, the record store and the inbox). An
/// idempotency key the client already used returns that job's id and writes nothing. A job with a key coalesces with the
/// waiting job of the same record (<see cref="RelationalDialect.CoalesceJobAsync"/>). A job for a disabled connection is
/// written parked (and coalesces with its record's parked job); the connection's job gate is passed before the flag is
/// read, so a disable committing meanwhile either parks this job or is seen by it.
/// </summary>
internal sealed class JobWriter(RelationalDialect dialect)
{
    private const string Insert = """
        INSERT INTO jobs (client_id, connection_id, kind, key, idempotency_key, payload, state, priority, next_run_at, created_at, updated_at)
        VALUES (@ClientId, @ConnectionId, @Kind, @Key, @IdempotencyKey, @Payload, @State, @Priority, @RunAt, @Now, @Now)
        RETURNING id
        """;

    /// <summary>
    /// The keys two writers enqueueing the same idempotency key or the same record's job take turns on
    /// (<see cref="RelationalDialect.SerializeOnAsync"/>), so the second finds the first's job.
    /// </summary>
    public static IEnumerable<string> SerializationKeys(IEnumerable<JobRequest> requests) => requests.SelectMany(SerializationKeys);

    public async Task<long> EnqueueAsync(
        DbConnection connection, DbTransaction transaction, JobRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.ConnectionId is { } connectionId) await dialect.PassJobGateAsync(connection, transaction, connectionId, cancellationToken);
        var lookup = request.IdempotencyKey is null && request.ConnectionId is null ? new EnqueueLookupRow()
            : await connection.QuerySingleAsync<EnqueueLookupRow>(Sql.Command(
                EnqueueLookupRow.Sql, new { request.ClientId, request.IdempotencyKey, request.ConnectionId }, cancellationToken, transaction));
        if (lookup.Existing is { } existing) return existing;

        var job = new JobInsert(request.ClientId, request.ConnectionId, request.Kind, request.Key, request.IdempotencyKey, request.Payload,
            request.Priority, RunAt: DbTime.ToDb(request.RunAt ?? now), Now: DbTime.ToDb(now), lookup.State);
        if (request.Key is not null && await dialect.CoalesceJobAsync(connection, transaction, job, cancellationToken) is { } waiting)
        {
            return waiting;
        }

        return await connection.ExecuteScalarAsync<long>(Sql.Command(Insert, job, cancellationToken, transaction));
    }

    private static IEnumerable<string> SerializationKeys(JobRequest request)
    {
        if (request.IdempotencyKey is not null) yield return $"job-idem:{request.ClientId}:{request.IdempotencyKey}";
        if (request.Key is not null) yield return $"job-key:{request.ClientId}:{request.ConnectionId}:{request.Kind}:{request.Key}";
    }
}
