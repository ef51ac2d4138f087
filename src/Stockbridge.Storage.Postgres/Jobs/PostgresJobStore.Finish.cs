using Dapper;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Renew, complete and fail: every statement is fenced by the lease token, so a stale worker writes nothing. Each is a
/// single statement (the job's update and the closing of its attempt together), hence atomic without a transaction block.
/// </summary>
internal sealed partial class PostgresJobStore
{
    private const string Fence = "id = @Id AND lease_token = @Token AND state = 'running'";

    private const string CloseAttempt = """
        UPDATE job_attempts a SET ended_at = @Now, outcome = @Outcome, error = @Error
        FROM finished f WHERE a.job_id = f.id AND a.number = f.attempts
        RETURNING a.number
        """;

    public async Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await database.ReadAsync(connection => connection.ExecuteAsync(Sql.Command(
            $"UPDATE jobs SET lease_expires_at = @Expires, updated_at = @Now WHERE {Fence}",
            new { Id = jobId, Token = leaseToken, Expires = DbTime.ToDb(now + lease), Now = DbTime.ToDb(now) }, cancellationToken)),
            cancellationToken);
        return changed == 1;
    }

    public Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken) =>
        FinishAsync($"""
            UPDATE jobs SET state = 'succeeded', result = @Result, lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
            WHERE {Fence} RETURNING id, attempts
            """, jobId, leaseToken, new { Result = result }, "succeeded", null, cancellationToken);

    // A job to be retried while its connection is disabled waits parked rather than pending; the connection's job gate is
    // held shared first (see JobWriter), so a disable committing meanwhile cannot miss it.
    public Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken) =>
        FinishAsync($"""
            UPDATE jobs SET
                state = CASE WHEN @RetryAt::bigint IS NULL THEN 'failed' ELSE {ParkingSql.WaitingState("jobs")} END,
                next_run_at = COALESCE(@RetryAt::bigint, next_run_at),
                failures = failures + @Counts,
                last_error_kind = @Kind, last_error = @Reason,
                lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
            WHERE {Fence} RETURNING id, attempts
            """, jobId, leaseToken,
            new { RetryAt = DbTime.ToDb(failure.RetryAt), Counts = failure.CountsAsFailure ? 1 : 0, failure.Kind, failure.Reason },
            failure.Kind, failure.Reason, cancellationToken, gated: failure.RetryAt is not null);

    private Task<bool> FinishAsync(
        string finishJob, long jobId, long leaseToken, object extra, string outcome, string? error, CancellationToken cancellationToken,
        bool gated = false)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new { Id = jobId, Token = leaseToken, Now = DbTime.ToDb(time.GetUtcNow()), Outcome = outcome, Error = error });
        var sql = $"WITH finished AS ({finishJob}) {CloseAttempt}";
        if (!gated)
        {
            return database.ReadAsync(async connection =>
                await connection.ExecuteScalarAsync<int?>(Sql.Command(sql, parameters, cancellationToken)) is not null, cancellationToken);
        }
        return database.WriteAsync(async (connection, transaction) =>
        {
            await LockJobGateAsync(connection, transaction, jobId, cancellationToken);
            return await connection.ExecuteScalarAsync<int?>(Sql.Command(sql, parameters, cancellationToken, transaction)) is not null;
        }, cancellationToken);
    }
}
