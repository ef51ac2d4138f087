namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// The statements a claim runs. Due pending jobs and running jobs whose lease ran out are found by two index scans (each
/// top-N, best first) and merged; rows another node is claiming at this moment are skipped (<c>SKIP LOCKED</c>), so
/// claimers never wait on each other's rows and never get the same row.
/// </summary>
internal static class ClaimSql
{
    private const string RunningLive = "state = 'running' AND lease_expires_at > @Now";
    private const string Order = "priority DESC, next_run_at, id";
    private const string KindFilter = "(NOT @FilterKinds OR kind = ANY(@Kinds))";

    private const string RoomOnConnection = $"""
        (@MaxPerConnection = 0 OR j.connection_id IS NULL
         OR (SELECT COUNT(*) FROM jobs r WHERE r.connection_id = j.connection_id AND r.{RunningLive}) < @MaxPerConnection)
        """;

    private const string CandidateCtes = $"""
        due AS (
            SELECT j.id, j.connection_id, j.state, j.lease_owner, j.priority, j.next_run_at FROM jobs j
            WHERE j.state = 'pending' AND j.next_run_at <= @Now AND {KindFilter} AND {RoomOnConnection}
            ORDER BY {Order} LIMIT @Limit
            FOR UPDATE OF j SKIP LOCKED),
        expired AS (
            SELECT j.id, j.connection_id, j.state, j.lease_owner, j.priority, j.next_run_at FROM jobs j
            WHERE j.state = 'running' AND j.lease_expires_at <= @Now AND {KindFilter} AND {RoomOnConnection}
            ORDER BY {Order} LIMIT @Limit
            FOR UPDATE OF j SKIP LOCKED),
        candidates AS (
            SELECT * FROM (SELECT * FROM due UNION ALL SELECT * FROM expired) AS both_kinds ORDER BY {Order} LIMIT @Limit)
        """;

    /// <summary>The candidates only (locked), for claims with a per-connection limit, which are then checked one by one.</summary>
    public const string Candidates = $"""
        WITH {CandidateCtes}
        SELECT id AS Id, connection_id AS ConnectionId, state AS State, lease_owner AS LeaseOwner FROM candidates ORDER BY {Order}
        """;

    /// <summary>Without a per-connection limit the whole claim is one statement: find, close abandoned attempts, take, open attempts.</summary>
    public const string ClaimAll = $"""
        WITH {CandidateCtes},
        abandoned AS (
            UPDATE job_attempts a SET outcome = 'abandoned',
                error = 'lease of worker ' || COALESCE(c.lease_owner, '?') || ' ran out; the job was claimed again'
            FROM candidates c WHERE c.state = 'running' AND a.job_id = c.id AND a.outcome = 'running'),
        taken AS (
            UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, lease_token = j.lease_token + 1,
                lease_owner = @Worker, lease_expires_at = @Expires, updated_at = @Now
            FROM candidates c WHERE j.id = c.id
            RETURNING j.*),
        opened AS (
            INSERT INTO job_attempts (job_id, number, worker, started_at, outcome)
            SELECT id, attempts, @Worker, @Now, 'running' FROM taken)
        SELECT {JobRow.Columns} FROM taken ORDER BY {Order}
        """;

    public const string RunningOnConnection = $"SELECT COUNT(*) FROM jobs WHERE connection_id = @ConnectionId AND {RunningLive}";

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
