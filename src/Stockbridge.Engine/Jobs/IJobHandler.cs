namespace Stockbridge.Engine.Jobs;

/// <summary>
/// Does the work of one kind of job. A handler may run more than once for the same job (a worker can die after the work
/// but before it is recorded), so its effects must be idempotent: check-then-write keyed by the job's idempotency key or
/// record key, or ask the remote side first. Throw a connector exception to steer the retry (see ErrorClassifier).
/// </summary>
public interface IJobHandler
{
    /// <summary>The job kind it handles, e.g. <c>webhook.process</c>.</summary>
    string Kind { get; }

    /// <summary>The lane its jobs run in; long scheduled work says <see cref="JobLane.Background"/>.</summary>
    JobLane Lane => JobLane.Events;

    /// <summary>Does the work; returns what it produced as JSON (stored as the job's result), or null.</summary>
    Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken);
}
