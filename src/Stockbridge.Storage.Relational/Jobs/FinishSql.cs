using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational.Jobs;

/// <summary>
/// Renew, complete and fail, the same statements on both engines: every one is fenced by the lease token, so a stale
/// worker writes nothing. What a finishing statement returns (and how the attempt is closed) is the engine's.
/// </summary>
internal sealed class FinishSql(RelationalDialect dialect)
{
    private const string Fence = "id = @Id AND lease_token = @Token AND state = 'running'";

    /// <summary>Extends the lease (<c>@Id</c>, <c>@Token</c>, <c>@Expires</c>, <c>@Now</c>).</summary>
    public const string Renew = $"UPDATE jobs SET lease_expires_at = @Expires, updated_at = @Now WHERE {Fence}";

    /// <summary>Marks the job succeeded with <c>@Result</c>.</summary>
    public static string Complete(string returning) => $"""
        UPDATE jobs SET state = 'succeeded', result = @Result, lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
        WHERE {Fence} RETURNING {returning}
        """;

    /// <summary>
    /// Ends the attempt as <see cref="FailParameters"/> say: failed for good without a retry time, else waiting again
    /// (parked rather than pending while its connection is disabled).
    /// </summary>
    public string Fail(string returning)
    {
        var retryAt = dialect.NullableInteger("@RetryAt");
        return $"""
            UPDATE jobs SET
                state = CASE WHEN {retryAt} IS NULL THEN 'failed' ELSE {ParkingSql.WaitingState("jobs")} END,
                next_run_at = COALESCE({retryAt}, next_run_at),
                failures = failures + @Counts,
                last_error_kind = @Kind, last_error = @Reason,
                lease_owner = NULL, lease_expires_at = NULL, updated_at = @Now
            WHERE {Fence} RETURNING {returning}
            """;
    }

    public static object FailParameters(JobFailure failure) =>
        new { RetryAt = DbTime.ToDb(failure.RetryAt), Counts = failure.CountsAsFailure ? 1 : 0, failure.Kind, failure.Reason };
}
