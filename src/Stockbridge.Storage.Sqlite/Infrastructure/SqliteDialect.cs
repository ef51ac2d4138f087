using System.Data.Common;
using Dapper;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>
/// SQLite under the shared stores. Writers need no locks: every write of the file runs in one writer, one unit after
/// another (<see cref="SqliteGroupCommit"/> in this process, <c>BEGIN IMMEDIATE</c> between processes), so a disable, an
/// enqueue or two saves of one key already take turns.
/// </summary>
internal sealed class SqliteDialect : RelationalDialect
{
    public static readonly SqliteDialect Instance = new();

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

    private SqliteDialect()
    {
    }

    /// <summary>The waiting job (pending or parked, as <paramref name="state"/> says) of the same record, to coalesce with.</summary>
    internal static string FindCoalescible(string state) => $"""
        SELECT id FROM jobs
        WHERE client_id = @ClientId AND kind = @Kind AND key = @Key AND state = '{state}'
          AND (connection_id = @ConnectionId OR (connection_id IS NULL AND @ConnectionId IS NULL))
        ORDER BY id DESC LIMIT 1
        """;

    public override string NullableText(string parameter) => parameter;

    public override string NullableInteger(string parameter) => parameter;

    /// <summary>Booleans are stored as 0 or 1; the partial indexes say <c>= 1</c>, and so must the query that uses them.</summary>
    public override string IsTrue(string column) => $"{column} = 1";

    public override Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task CloseJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, long jobId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task<long?> CoalesceJobAsync(DbConnection connection, DbTransaction transaction, JobInsert job, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long?>(Sql.Command(FindCoalescible(job.State), job, cancellationToken, transaction)) is not { } waiting)
            return null;
        await connection.ExecuteAsync(Sql.Command(Coalesce, new
        {
            Id = waiting, job.Payload, job.Priority, job.RunAt, job.IdempotencyKey, job.Now,
        }, cancellationToken, transaction));
        return waiting;
    }
}
