namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>
/// The statements a claim runs, all inside one write transaction. Each is a bounded index read: running jobs are few
/// (at most the slots of every worker), and due jobs are read per kind, best first, from <c>ix_jobs_pending_by_kind</c>,
/// only as many as the claim can use.
/// </summary>
internal static class ClaimSql
{
    private const string RunningLive = "state = 'running' AND lease_expires_at > @Now";
    private const string Columns = """
        id AS Id, client_id AS ClientId, connection_id AS ConnectionId, kind AS Kind, key AS Key, state AS State,
        lease_owner AS LeaseOwner, priority AS Priority, next_run_at AS NextRunAt
        """;

    /// <summary>Running jobs per connection, counting only the kinds being claimed (a lane's limit is its own).</summary>
    public static string RunningPerConnection(bool filterKinds) => $"""
        SELECT connection_id AS ConnectionId, COUNT(*) AS Running FROM jobs
        WHERE {RunningLive} AND connection_id IS NOT NULL {(filterKinds ? "AND kind IN @Kinds" : "")}
        GROUP BY connection_id
        """;

    /// <summary>Records with a job running, of any kind: work on one record is serialised.</summary>
    public const string RunningKeys = $"""
        SELECT client_id AS ClientId, connection_id AS ConnectionId, key AS Key FROM jobs WHERE {RunningLive} AND key IS NOT NULL
        """;

    /// <summary>
    /// Running jobs whose lease ran out (their worker died or hung), best first; not those of a disabled connection, which
    /// wait until it is enabled again.
    /// </summary>
    public static string Expired(bool filterKinds) => $"""
        SELECT {Columns} FROM jobs
        WHERE state = 'running' AND lease_expires_at <= @Now {(filterKinds ? "AND kind IN @Kinds" : "")}
          AND NOT {ParkingSql.JobConnectionDisabled("jobs")}
        ORDER BY priority DESC, next_run_at, id LIMIT @Limit
        """;

    /// <summary>Due pending jobs of one kind, best first, skipping connections already at their limit.</summary>
    public static string Due(bool skipConnections) => $"""
        SELECT {Columns} FROM jobs INDEXED BY ix_jobs_pending_by_kind
        WHERE kind = @Kind AND state = 'pending' AND next_run_at <= @Now
          {(skipConnections ? "AND (connection_id IS NULL OR connection_id NOT IN @Full)" : "")}
        ORDER BY priority DESC, next_run_at, id LIMIT @Limit
        """;

    /// <summary>Every kind with a pending job (used when the claim does not name its kinds).</summary>
    public const string PendingKinds = "SELECT DISTINCT kind FROM jobs INDEXED BY ix_jobs_pending_by_kind WHERE state = 'pending'";

    public const string AbandonOpenAttempt = """
        UPDATE job_attempts SET outcome = 'abandoned', error = @Error
        WHERE job_id = @Id AND outcome = 'running'
        """;

    public const string Take = $"""
        UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = lease_token + 1,
            lease_owner = @Worker, lease_expires_at = @Expires, updated_at = @Now
        WHERE id = @Id
        RETURNING {JobRow.Columns}
        """;

    public const string OpenAttempt = """
        INSERT INTO job_attempts (job_id, number, worker, started_at, outcome) VALUES (@Id, @Number, @Worker, @Now, 'running')
        """;
}
