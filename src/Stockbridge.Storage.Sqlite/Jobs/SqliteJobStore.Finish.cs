using Dapper;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Relational.Jobs;

namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>Renew, complete and fail (<see cref="FinishSql"/>), each a write that closes the attempt it ends.</summary>
internal sealed partial class SqliteJobStore
{
    private const string CloseAttempt = """
        UPDATE job_attempts SET ended_at = @Now, outcome = @Outcome, error = @Error
        WHERE job_id = @Id AND number = @Number
        """;

    public override async Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var changed = await Database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command(
            FinishSql.Renew,
            new { Id = jobId, Token = leaseToken, Expires = DbTime.ToDb(now + lease), Now = DbTime.ToDb(now) }, cancellationToken, transaction)),
            cancellationToken);
        return changed == 1;
    }

    public override Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken) =>
        FinishAsync(FinishSql.Complete(returning: "attempts"), jobId, leaseToken, new { Result = result }, "succeeded", null, cancellationToken);

    public override Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken) =>
        FinishAsync(FinishSql.Fail(returning: "attempts"), jobId, leaseToken, FinishSql.FailParameters(failure), failure.Kind, failure.Reason, cancellationToken);

    private Task<bool> FinishAsync(
        string sql, long jobId, long leaseToken, object extra, string outcome, string? error, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new { Id = jobId, Token = leaseToken, Now = DbTime.ToDb(Time.GetUtcNow()) });
        return Database.WriteAsync(async (connection, transaction) =>
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
