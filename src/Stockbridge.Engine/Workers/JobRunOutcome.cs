namespace Stockbridge.Engine.Workers;

/// <summary>How one run of a claimed job ended, as far as this worker knows.</summary>
public enum JobRunOutcome
{
    /// <summary>The handler finished and the store recorded it.</summary>
    Succeeded,
    /// <summary>The attempt failed; the job waits for its next run time.</summary>
    RetryScheduled,
    /// <summary>The job failed for good (permanent error or retries exhausted).</summary>
    DeadLettered,
    /// <summary>The worker stopped first; the job was handed back.</summary>
    Released,
    /// <summary>Another worker holds the job now; nothing was written.</summary>
    LeaseLost,
    /// <summary>The job's connection was disabled while it ran: the handler was stopped and the job parked.</summary>
    Parked,
}
