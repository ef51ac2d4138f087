using Dapper;
using Npgsql;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

internal sealed partial class PostgresJobStore(PostgresDatabase database, TimeProvider time) : IJobStore
{
    public async Task<long> EnqueueAsync(JobRequest request, CancellationToken cancellationToken)
    {
        var ids = await EnqueueManyAsync([request], cancellationToken);
        return ids[0];
    }

    public Task<IReadOnlyList<long>> EnqueueManyAsync(IReadOnlyList<JobRequest> requests, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<long>>(async (connection, transaction) =>
        {
            await JobWriter.LockKeysAsync(connection, transaction, requests, cancellationToken);
            var now = time.GetUtcNow();
            var ids = new List<long>(requests.Count);
            foreach (var request in requests)
            {
                ids.Add(await JobWriter.EnqueueAsync(connection, transaction, request, now, cancellationToken));
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

    private async Task<bool> UpdateOwnedAsync(string sql, string clientId, long jobId, CancellationToken cancellationToken)
    {
        var now = DbTime.ToDb(time.GetUtcNow());
        var changed = await database.WriteAsync(async (connection, transaction) =>
        {
            await LockJobGateAsync(connection, transaction, jobId, cancellationToken);
            return await connection.ExecuteAsync(Sql.Command(sql, new { ClientId = clientId, JobId = jobId, Now = now }, cancellationToken, transaction));
        }, cancellationToken);
        return changed == 1;
    }

    /// <summary>Holds the job's connection gate shared (see <see cref="AdvisoryLocks.ConnectionJobs"/>) before it may be made to wait again.</summary>
    private static Task LockJobGateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long jobId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.Command("""
            SELECT pg_advisory_xact_lock_shared(hashtextextended(@Prefix || connection_id, 0))
            FROM jobs WHERE id = @JobId AND connection_id IS NOT NULL
            """, new { JobId = jobId, Prefix = AdvisoryLocks.ConnectionJobsPrefix }, cancellationToken, transaction));
}
