using Dapper;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Relational.Jobs;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Renew, complete and fail (<see cref="FinishSql"/>). Each is a single statement (the job's update and
/// the closing of its attempt together), hence atomic without a transaction block.
/// </summary>
internal sealed partial class PostgresJobStore
{
    private const string CloseAttempt = """
        UPDATE job_attempts a SET ended_at = @Now, outcome = @Outcome, error = @Error
        FROM finished f WHERE a.job_id = f.id AND a.number = f.attempts
        RETURNING a.number
        """;

    public override async Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var changed = await Database.ReadAsync(connection => connection.ExecuteAsync(Sql.Command(
            FinishSql.Renew,
            new { Id = jobId, Token = leaseToken, Expires = DbTime.ToDb(now + lease), Now = DbTime.ToDb(now) }, cancellationToken)),
            cancellationToken);
        return changed == 1;
    }

    public override Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken) =>
        FinishAsync(FinishSql.Complete(returning: "id, attempts"), jobId, leaseToken, new { Result = result }, "succeeded", null, cancellationToken);

    // A job to be retried passes its connection's job gate first (see JobWriter), so a disable committing meanwhile cannot miss it.
    public override Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken) =>
        FinishAsync(FinishSql.Fail(returning: "id, attempts"), jobId, leaseToken, FinishSql.FailParameters(failure),
            failure.Kind, failure.Reason, cancellationToken, gated: failure.RetryAt is not null);

    private Task<bool> FinishAsync(
        string finishJob, long jobId, long leaseToken, object extra, string outcome, string? error, CancellationToken cancellationToken,
        bool gated = false)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new { Id = jobId, Token = leaseToken, Now = DbTime.ToDb(Time.GetUtcNow()), Outcome = outcome, Error = error });
        var sql = $"WITH finished AS ({finishJob}) {CloseAttempt}";
        if (!gated)
        {
            return Database.ReadAsync(async connection =>
                await connection.ExecuteScalarAsync<int?>(Sql.Command(sql, parameters, cancellationToken)) is not null, cancellationToken);
        }
        return Database.WriteAsync(async (connection, transaction) =>
        {
            await PostgresDialect.Instance.PassJobGateAsync(connection, transaction, jobId, cancellationToken);
            return await connection.ExecuteScalarAsync<int?>(Sql.Command(sql, parameters, cancellationToken, transaction)) is not null;
        }, cancellationToken);
    }
}
