namespace Stockbridge.Storage.Relational;

/// <summary>
/// Parking, the same SQL on both engines: while a connection is disabled its waiting jobs are <c>parked</c> (kept, never
/// claimed, no attempt counted); enabling it makes them pending again. A job that would become pending for a disabled
/// connection (enqueued, retried, replayed) becomes parked instead.
/// </summary>
internal static class ParkingSql
{
    /// <summary>
    /// Parks the connection's pending jobs (<c>@ClientId</c>, <c>@Id</c>, <c>@Now</c>). They are found among the pending jobs
    /// (a partial index), not among every job the client ever had.
    /// </summary>
    public const string Park = """
        UPDATE jobs SET state = 'parked', updated_at = @Now
        WHERE id IN (SELECT id FROM jobs WHERE state = 'pending' AND connection_id = @Id) AND client_id = @ClientId
        """;

    /// <summary>Makes the connection's parked jobs pending again, each keeping its run time (<c>@ClientId</c>, <c>@Id</c>, <c>@Now</c>).</summary>
    public const string Resume = """
        UPDATE jobs SET state = 'pending', updated_at = @Now
        WHERE client_id = @ClientId AND connection_id = @Id AND state = 'parked'
        """;

    /// <summary>True when the connection <c>@ConnectionId</c> exists and is disabled.</summary>
    public const string RequestedConnectionDisabled = "EXISTS (SELECT 1 FROM connections WHERE id = @ConnectionId AND enabled = FALSE)";

    /// <summary>The statement that brings a connection's jobs in line with its enabled flag.</summary>
    public static string For(bool enabled) => enabled ? Resume : Park;

    /// <summary>True when the connection of the job row <paramref name="job"/> (a table name or alias) is disabled.</summary>
    public static string JobConnectionDisabled(string job) =>
        $"EXISTS (SELECT 1 FROM connections pc WHERE pc.id = {job}.connection_id AND pc.enabled = FALSE)";

    /// <summary>The state a job that is to wait again takes: parked while its connection is disabled, else pending.</summary>
    public static string WaitingState(string job) =>
        $"CASE WHEN {JobConnectionDisabled(job)} THEN '{JobStateNames.Parked}' ELSE '{JobStateNames.Pending}' END";
}
