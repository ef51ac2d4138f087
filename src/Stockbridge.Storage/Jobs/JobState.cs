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
}
