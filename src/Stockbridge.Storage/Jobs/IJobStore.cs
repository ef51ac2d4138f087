namespace Stockbridge.Storage.Jobs;

/// <summary>Persisted jobs and their attempts. Every state change is a transaction; a crash loses nothing.</summary>
public interface IJobStore
{
    /// <summary>Enqueues a job (coalescing and idempotency per <see cref="JobRequest"/>); returns the id of the job that will do the work.</summary>
    Task<long> EnqueueAsync(JobRequest request, CancellationToken cancellationToken);
    /// <summary>Enqueues many jobs in one transaction.</summary>
    Task<IReadOnlyList<long>> EnqueueManyAsync(IReadOnlyList<JobRequest> requests, CancellationToken cancellationToken);

    /// <summary>
    /// Claims due jobs: pending ones whose run time has come, and running ones whose lease ran out (their open attempt
    /// is closed as abandoned). Each claim bumps the job's attempt count and lease token and opens an attempt. Work on one
    /// (client, connection, key) is serialised: a job whose record already has a job running (with a live lease) is not
    /// claimed, and one claim never takes two jobs of the same record, so an older push can never land after a newer one.
    /// </summary>
    Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken);
    /// <summary>Extends a lease; false when the lease was lost (another worker holds the job now).</summary>
    Task<bool> RenewLeaseAsync(long jobId, long leaseToken, TimeSpan lease, CancellationToken cancellationToken);
    /// <summary>Marks the job succeeded; false (and nothing written) when the lease was lost.</summary>
    Task<bool> CompleteAsync(long jobId, long leaseToken, string? result, CancellationToken cancellationToken);
    /// <summary>Records a failed attempt and either reschedules or dead-letters; false when the lease was lost.</summary>
    Task<bool> FailAttemptAsync(long jobId, long leaseToken, JobFailure failure, CancellationToken cancellationToken);

    /// <summary>Puts a failed (or succeeded) job back to pending to run again now; false if it is not the client's or is running.</summary>
    Task<bool> ReplayAsync(string clientId, long jobId, CancellationToken cancellationToken);
    /// <summary>Makes a pending job due now (retry a job that is waiting on backoff).</summary>
    Task<bool> RetryNowAsync(string clientId, long jobId, CancellationToken cancellationToken);

    /// <summary>The client's job, or null.</summary>
    Task<Job?> GetAsync(string clientId, long jobId, CancellationToken cancellationToken);
    /// <summary>The client's jobs matching the query, newest first.</summary>
    Task<IReadOnlyList<Job>> ListAsync(string clientId, JobQuery query, CancellationToken cancellationToken);
    /// <summary>A job's attempts, oldest first (empty for another client's job).</summary>
    Task<IReadOnlyList<JobAttempt>> AttemptsAsync(string clientId, long jobId, CancellationToken cancellationToken);
    /// <summary>How many of the client's jobs are in each state.</summary>
    Task<IReadOnlyDictionary<JobState, long>> CountByStateAsync(string clientId, CancellationToken cancellationToken);
    /// <summary>The earliest run time of any pending job (for a worker's idle wait), or null.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);
}
