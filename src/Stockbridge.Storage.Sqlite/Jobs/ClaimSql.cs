namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>The statements a claim runs, all inside one <c>BEGIN IMMEDIATE</c> transaction.</summary>
internal static class ClaimSql
{
    private const string RunningLive = "state = 'running' AND lease_expires_at > @Now";

    /// <summary>
    /// Due pending jobs and running jobs whose lease ran out, best first, skipping saturated connections and records that
    /// already have a job running: work on one (connection, record) is serialised, so an older push can never land after
    /// a newer one.
    /// </summary>
    public static string Candidates(bool filterKinds) => $"""
        SELECT j.id AS Id, j.connection_id AS ConnectionId, j.key AS Key, j.state AS State, j.lease_owner AS LeaseOwner
        FROM jobs j
        WHERE ((j.state = 'pending' AND j.next_run_at <= @Now) OR (j.state = 'running' AND j.lease_expires_at <= @Now))
          {(filterKinds ? "AND j.kind IN @Kinds" : "")}
          AND (@MaxPerConnection = 0 OR j.connection_id IS NULL
               OR (SELECT COUNT(*) FROM jobs r WHERE r.connection_id = j.connection_id AND r.{RunningLive}) < @MaxPerConnection)
          AND (j.key IS NULL OR NOT EXISTS (
               SELECT 1 FROM jobs k WHERE k.client_id = j.client_id AND k.connection_id IS j.connection_id AND k.key = j.key
                 AND k.id <> j.id AND k.{RunningLive}))
        ORDER BY j.priority DESC, j.next_run_at, j.id
        LIMIT @Limit
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
