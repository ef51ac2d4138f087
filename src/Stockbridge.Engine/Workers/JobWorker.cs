using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.RateLimiting;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Claims jobs from the store under a lease and runs them: keeps the lease alive while the handler works, then records
/// success or failure fenced by the lease token, so a worker that lost its lease (or died) can never overwrite the
/// outcome of the worker that took the job over.
/// </summary>
public sealed partial class JobWorker(
    IStore store,
    JobHandlerRegistry handlers,
    FailurePolicy policy,
    ConnectionRateLimiter rateLimiter,
    IOptions<JobEngineOptions> options,
    TimeProvider time,
    ILogger<JobWorker> logger)
{
    /// <summary>This worker's id as recorded on leases and attempts.</summary>
    public string Id { get; } = options.Value.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Claims up to <paramref name="maxJobs"/> due jobs of the kinds this process handles.</summary>
    public Task<IReadOnlyList<ClaimedJob>> ClaimAsync(int maxJobs, CancellationToken cancellationToken) =>
        ClaimAsync(maxJobs, handlers.Kinds, cancellationToken);

    /// <summary>Claims up to <paramref name="maxJobs"/> due jobs of <paramref name="lane"/>'s kinds (the connection limit counts within the lane).</summary>
    public Task<IReadOnlyList<ClaimedJob>> ClaimAsync(int maxJobs, JobLane lane, CancellationToken cancellationToken) =>
        ClaimAsync(maxJobs, handlers.KindsOf(lane), cancellationToken);

    private Task<IReadOnlyList<ClaimedJob>> ClaimAsync(int maxJobs, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        if (kinds.Count == 0) return Task.FromResult<IReadOnlyList<ClaimedJob>>([]);
        var o = options.Value;
        return store.Jobs.ClaimAsync(new ClaimRequest(Id, maxJobs, o.Lease, kinds, o.MaxRunningPerConnection), cancellationToken);
    }

    /// <summary>Claims as many due jobs as there are slots and runs them all; returns their outcomes (for tests and tools).</summary>
    public async Task<IReadOnlyList<JobRunOutcome>> RunDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(options.Value.Slots, cancellationToken);
        return await Task.WhenAll(claimed.Select(job => RunAsync(job, cancellationToken)));
    }

    /// <summary>
    /// Runs a claimed job to its recorded end. <paramref name="stopToken"/> cancels the handler (worker stopping): the job is
    /// then released for another worker without counting a failure.
    /// </summary>
    public async Task<JobRunOutcome> RunAsync(ClaimedJob claimed, CancellationToken stopToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var job = claimed.Job;
        using var handlerCts = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
        using var lease = new LeaseKeeper(store.Jobs, claimed, options.Value.Lease, time, handlerCts, logger);
        using var watch = new ConnectionWatch(store.Connections, job, options.Value.ConnectionCheckInterval, time, handlerCts, logger);
        string? result = null;
        Exception? error = null;
        try
        {
            var handler = handlers.Find(job.Kind) ?? throw new PermanentConnectorException($"No handler is registered for job kind '{job.Kind}'.");
            await rateLimiter.WaitAsync(job.ConnectionId, handlerCts.Token);
            var context = new JobContext(job, claimed.LeaseToken, Id, time);
            result = handler.Lane == JobLane.Background
                ? await BackgroundWork.RunAsync(() => handler.HandleAsync(context, handlerCts.Token))
                : await handler.HandleAsync(context, handlerCts.Token);
        }
        catch (Exception ex)
        {
            error = ex;
        }
        await lease.StopAsync();
        await watch.StopAsync();
        if (lease.Lost)
        {
            LogLeaseLost(job.Id, job.Kind);
            return JobRunOutcome.LeaseLost;
        }
        return await RecordAsync(claimed, result, error, stopToken.IsCancellationRequested, watch.Disabled);
    }

    private async Task<JobRunOutcome> RecordAsync(ClaimedJob claimed, string? result, Exception? error, bool stopping, bool connectionDisabled)
    {
        var job = claimed.Job;
        if (error is null)
        {
            var done = await store.Jobs.CompleteAsync(job.Id, claimed.LeaseToken, result, CancellationToken.None);
            return done ? JobRunOutcome.Succeeded : LeaseLostOnWrite(job);
        }
        var now = time.GetUtcNow();
        // Whatever the stopped handler threw (a cancelled call, or the connector's error for it) is not the job's failure.
        if (connectionDisabled)
        {
            return await store.Jobs.FailAttemptAsync(job.Id, claimed.LeaseToken, FailurePolicy.Parked(now), CancellationToken.None)
                ? JobRunOutcome.Parked : LeaseLostOnWrite(job);
        }
        var released = stopping && error is OperationCanceledException;
        var failure = released ? FailurePolicy.Released(now) : policy.Decide(job, error, now);
        var written = await store.Jobs.FailAttemptAsync(job.Id, claimed.LeaseToken, failure, CancellationToken.None);
        if (!written) return LeaseLostOnWrite(job);
        if (released) return JobRunOutcome.Released;
        if (failure.RetryAt is null)
        {
            LogDeadLettered(job.Id, job.Kind, failure.Reason);
            return JobRunOutcome.DeadLettered;
        }
        LogRetryScheduled(job.Id, job.Kind, failure.Kind, failure.RetryAt.Value, failure.Reason);
        return JobRunOutcome.RetryScheduled;
    }

    private JobRunOutcome LeaseLostOnWrite(Job job)
    {
        LogLeaseLost(job.Id, job.Kind);
        return JobRunOutcome.LeaseLost;
    }

    [LoggerMessage(LogLevel.Warning, "Job {JobId} ({Kind}) lost its lease; another worker owns it now and nothing was recorded")]
    private partial void LogLeaseLost(long jobId, string kind);

    [LoggerMessage(LogLevel.Error, "Job {JobId} ({Kind}) failed for good: {Reason}")]
    private partial void LogDeadLettered(long jobId, string kind, string reason);

    [LoggerMessage(LogLevel.Information, "Job {JobId} ({Kind}) failed ({ErrorKind}); next run at {RetryAt:o}: {Reason}")]
    private partial void LogRetryScheduled(long jobId, string kind, string errorKind, DateTimeOffset retryAt, string reason);
}
