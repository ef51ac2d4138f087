using Dapper;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational.Jobs;

/// <summary>
/// The job store both engines share: enqueue, replay, retry and the reads. Claiming and finishing differ by engine
/// (SQLite's bounded claim in its single writer, PostgreSQL's <c>SKIP LOCKED</c> claim on many nodes), so the engine's
/// store derives from this one and adds them, with <see cref="FinishSql"/>'s statements.
/// </summary>
internal abstract partial class RelationalJobStore<TDatabase>(TDatabase database, RelationalDialect dialect, TimeProvider time) : IJobStore
    where TDatabase : IRelationalDatabase
{
    private readonly JobWriter _writer = new(dialect);

    /// <summary>The engine's database, typed as the engine's claim and finish need it.</summary>
    protected TDatabase Database => database;

    protected TimeProvider Time => time;

    /// <summary>The statements that renew, complete and fail a claimed job, spelled for this engine.</summary>
    protected FinishSql FinishSql { get; } = new(dialect);

    public async Task<long> EnqueueAsync(JobRequest request, CancellationToken cancellationToken)
    {
        var ids = await EnqueueManyAsync([request], cancellationToken);
        return ids[0];
    }

    public Task<IReadOnlyList<long>> EnqueueManyAsync(IReadOnlyList<JobRequest> requests, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<long>>(async (connection, transaction) =>
        {
            await dialect.SerializeOnAsync(connection, transaction, JobWriter.SerializationKeys(requests), cancellationToken);
            var now = time.GetUtcNow();
            var ids = new List<long>(requests.Count);
            foreach (var request in requests)
            {
                ids.Add(await _writer.EnqueueAsync(connection, transaction, request, now, cancellationToken));
            }
            return ids;
        }, cancellationToken);

    public Task<bool> ReplayAsync(string clientId, long jobId, CancellationToken cancellationToken) =>
        UpdateOwnedAsync($"""
            UPDATE jobs SET state = {ParkingSql.WaitingState("jobs")}, next_run_at = @Now, failures = 0, updated_at = @Now
            WHERE client_id = @ClientId AND id = @JobId AND state IN ('failed', 'succeeded')
            """, clientId, jobId, cancellationToken);

    public Task<bool> RetryNowAsync(string clientId, long jobId, CancellationToken cancellationToken) =>
        UpdateOwnedAsync("""
            UPDATE jobs SET next_run_at = @Now, updated_at = @Now
            WHERE client_id = @ClientId AND id = @JobId AND state = 'pending'
            """, clientId, jobId, cancellationToken);

    public abstract Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken);

    public abstract Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken);

    public abstract Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken);

    public abstract Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken);

    private async Task<bool> UpdateOwnedAsync(string sql, string clientId, long jobId, CancellationToken cancellationToken)
    {
        var now = DbTime.ToDb(time.GetUtcNow());
        var changed = await database.WriteAsync(async (connection, transaction) =>
        {
            await dialect.PassJobGateAsync(connection, transaction, jobId, cancellationToken);
            return await connection.ExecuteAsync(Sql.Command(sql, new { ClientId = clientId, JobId = jobId, Now = now }, cancellationToken, transaction));
        }, cancellationToken);
        return changed == 1;
    }
}
