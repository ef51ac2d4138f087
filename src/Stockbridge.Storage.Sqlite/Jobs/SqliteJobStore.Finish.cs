using Dapper;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>Renew, complete and fail: every statement is fenced by the lease token, so a stale worker writes nothing.</summary>
internal sealed partial class SqliteJobStore
{
    private const string Fence = "id = @Id AND lease_token = @Token AND state = 'running'";

    private const string CloseAttempt = """
        UPDATE job_attempts SET ended_at = @Now, outcome = @Outcome, error = @Error
        WHERE job_id = @Id AND number = @Number
        """;

    public async Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command(
            $"UPDATE jobs SET lease_expires_at = @Expires, updated_at = @Now WHERE {Fence}",
            new { Id = jobId, Token = leaseToken, Expires = DbTime.ToDb(now + lease), Now = DbTime.ToDb(now) }, cancellationToken, transaction)),
            cancellationToken);
        return changed == 1;
    }

    public Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken) =>
        FinishAsync($"""
            UPDATE jobs SET state = 'succeeded', result = @Result, lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
            WHERE {Fence} RETURNING attempts
            """, jobId, leaseToken, new { Result = result }, "succeeded", null, cancellationToken);

    // A job to be retried while its connection is disabled waits parked rather than pending.
    public Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken) =>
        FinishAsync($"""
            UPDATE jobs SET
                state = CASE WHEN @RetryAt IS NULL THEN 'failed' ELSE {ParkingSql.WaitingState("jobs")} END,
                next_run_at = COALESCE(@RetryAt, next_run_at),
                failures = failures + @Counts,
                last_error_kind = @Kind, last_error = @Reason,
                lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
            WHERE {Fence} RETURNING attempts
            """, jobId, leaseToken,
            new { RetryAt = DbTime.ToDb(failure.RetryAt), Counts = failure.CountsAsFailure ? 1 : 0, failure.Kind, failure.Reason },
            failure.Kind, failure.Reason, cancellationToken);

    private Task<bool> FinishAsync(
        string sql, long jobId, long leaseToken, object extra, string outcome, string? error, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new { Id = jobId, Token = leaseToken, Now = DbTime.ToDb(time.GetUtcNow()) });
        return database.WriteAsync(async (connection, transaction) =>
        {
            var attempt = await connection.ExecuteScalarAsync<int?>(Sql.Command(sql, parameters, cancellationToken, transaction));
            if (attempt is not { } number) return false;
            await connection.ExecuteAsync(Sql.Command(CloseAttempt, new
            {
                Id = jobId, Number = number, Now = parameters.Get<long>("Now"), Outcome = outcome, Error = error,
            }, cancellationToken, transaction));
            return true;
        }, cancellationToken);
    }
}
