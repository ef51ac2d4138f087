namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// The statements a claim runs, in one transaction. Due pending jobs and running jobs whose lease ran out are found by
/// two index scans (each top-N, best first) and merged; rows another node is claiming at this moment are skipped
/// (<c>SKIP LOCKED</c>), so claimers never wait on each other's rows and never get the same row.
/// </summary>
internal static class ClaimSql
{
    private const string RunningLive = "state = 'running' AND lease_expires_at > @Now";
    private const string Order = "priority DESC, next_run_at, id";
    private const string KindFilter = "(NOT @FilterKinds OR kind = ANY(@Kinds))";

    // Running jobs of the kinds being claimed count against a connection's limit (a lane's limit is its own).
    private const string RunningKindFilter = "(NOT @FilterKinds OR r.kind = ANY(@Kinds))";

    // The connection is under its limit, and the record has no job running: work on one record is serialised.
    private const string Eligible = $"""
        (@MaxPerConnection = 0 OR j.connection_id IS NULL
         OR (SELECT COUNT(*) FROM jobs r WHERE r.connection_id = j.connection_id AND r.{RunningLive} AND {RunningKindFilter}) < @MaxPerConnection)
        AND (j.key IS NULL OR NOT EXISTS (
            SELECT 1 FROM jobs k WHERE k.client_id = j.client_id AND k.connection_id IS NOT DISTINCT FROM j.connection_id
              AND k.key = j.key AND k.id <> j.id AND k.{RunningLive}))
        """;

    private const string Columns = "j.id AS Id, j.client_id AS ClientId, j.connection_id AS ConnectionId, j.key AS Key, j.state AS State, j.lease_owner AS LeaseOwner, j.priority, j.next_run_at";

    public static readonly string Candidates = $"""
        WITH due AS (
            SELECT {Columns} FROM jobs j
            WHERE j.state = 'pending' AND j.next_run_at <= @Now AND {KindFilter} AND {Eligible}
            ORDER BY {Order} LIMIT @Limit
            FOR UPDATE OF j SKIP LOCKED),
        expired AS (
            SELECT {Columns} FROM jobs j
            WHERE j.state = 'running' AND j.lease_expires_at <= @Now AND {KindFilter} AND {Eligible}
              AND NOT {ParkingSql.JobConnectionDisabled("j")}
            ORDER BY {Order} LIMIT @Limit
            FOR UPDATE OF j SKIP LOCKED)
        SELECT Id, ClientId, ConnectionId, Key, State, LeaseOwner FROM (SELECT * FROM due UNION ALL SELECT * FROM expired) AS both_kinds
        ORDER BY {Order} LIMIT @Limit
        """;

    /// <summary>After the record and connection locks are held: which candidates are still eligible (a fresh snapshot).</summary>
    public const string StillEligible = $"SELECT j.id FROM jobs j WHERE j.id = ANY(@Ids) AND {Eligible}";

    public const string RunningPerConnection = $"""
        SELECT r.connection_id AS ConnectionId, COUNT(*) AS Running FROM jobs r
        WHERE r.connection_id = ANY(@Connections) AND r.{RunningLive} AND {RunningKindFilter} GROUP BY r.connection_id
        """;

    /// <summary>Takes the chosen jobs in one statement: closes abandoned attempts, bumps attempts and tokens, opens attempts.</summary>
    public const string Take = $"""
        WITH abandoned AS (
            UPDATE job_attempts a SET outcome = 'abandoned',
                error = 'lease of worker ' || COALESCE(j.lease_owner, '?') || ' ran out; the job was claimed again'
            FROM jobs j WHERE j.id = ANY(@Ids) AND j.state = 'running' AND a.job_id = j.id AND a.outcome = 'running'),
        taken AS (
            UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = lease_token + 1,
                lease_owner = @Worker, lease_expires_at = @Expires, updated_at = @Now
            WHERE id = ANY(@Ids)
            RETURNING *),
        opened AS (
            INSERT INTO job_attempts (job_id, number, worker, started_at, outcome)
            SELECT id, attempts, @Worker, @Now, 'running' FROM taken)
        SELECT {JobRow.Columns} FROM taken ORDER BY {Order}
        """;
}
