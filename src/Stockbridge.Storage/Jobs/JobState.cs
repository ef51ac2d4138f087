namespace Stockbridge.Storage.Jobs;

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    /// <summary>Waiting for its next run time.</summary>
    Pending,
    /// <summary>Claimed by a worker under a lease.</summary>
    Running,
    /// <summary>Done.</summary>
    Succeeded,
    /// <summary>Dead-lettered: a permanent error, or retries exhausted. Kept with its payload and reason; can be replayed.</summary>
    Failed,
    /// <summary>Replaced by a newer job for the same (connection, key) before it ran: the latest wins.</summary>
    Superseded,
    /// <summary>
    /// Waiting while its connection is disabled: kept with its payload, never claimed, no attempt counted. Enabling the
    /// connection makes it pending again.
    /// </summary>
    Parked,
}
