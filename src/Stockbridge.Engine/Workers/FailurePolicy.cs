using Microsoft.Extensions.Options;
using Stockbridge.Engine.Errors;
using Stockbridge.Engine.Retries;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Turns a failed attempt into what the store records: retry after backoff (transient), retry after the remote side's
/// wait without counting it (rate-limited), or dead-letter with the reason kept (permanent, or retries exhausted).
/// </summary>
public sealed class FailurePolicy(IOptions<JobEngineOptions> options, ErrorClassifier classifier, BackoffCalculator backoff)
{
    /// <summary>Creates the policy with jitter from a shared random source.</summary>
    public FailurePolicy(IOptions<JobEngineOptions> options, ErrorClassifier classifier)
        : this(options, classifier, new BackoffCalculator(options.Value.Retry)) { }

    /// <summary>What to record for <paramref name="job"/>'s attempt that threw <paramref name="error"/> at <paramref name="now"/>.</summary>
    public JobFailure Decide(Job job, Exception error, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        var retry = options.Value.Retry;
        var classified = classifier.Classify(error);
        if (classified.IsPermanent)
            return new JobFailure(ErrorKinds.Permanent, classified.Reason, RetryAt: null);
        if (!classified.CountsAsFailure)
            return new JobFailure(classified.Kind, classified.Reason, now + (classified.RetryAfter ?? retry.DefaultRateLimitWait), CountsAsFailure: false);

        var failures = job.Failures + 1;
        if (failures > retry.MaxRetryAttempts)
            return new JobFailure(classified.Kind, $"Retries exhausted after {failures} failed attempts. Last: {classified.Reason}", RetryAt: null);
        return new JobFailure(classified.Kind, classified.Reason, now + backoff.Next(failures));
    }

    /// <summary>What to record when the job's connection was disabled while it ran: due at once, not counted; the store parks it.</summary>
    public static JobFailure Parked(DateTimeOffset now) =>
        new(ErrorKinds.Parked, "Parked: the connection was disabled while the job ran; it runs again once the connection is enabled.", now, CountsAsFailure: false);

    /// <summary>What to record when the worker stops before the job finished: release it at once, not counted.</summary>
    public static JobFailure Released(DateTimeOffset now) =>
        new(ErrorKinds.Transient, "Released: the worker stopped before the job finished.", now, CountsAsFailure: false);
}
