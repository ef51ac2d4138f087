using Stockbridge.Engine.Errors;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Web.Api.Jobs;

/// <summary>
/// A job: what it does, its state, and for a failed one the reason and payload. The reason is the stored stamp without
/// where in the hub's code the error was thrown (the full stamp stays on the stored job and attempt).
/// </summary>
public sealed record JobView(
    long Id, string Kind, string? ConnectionId, string? Key, JobState State, int Attempts, int Failures, DateTimeOffset NextRunAt,
    string? LastErrorKind, string? LastError, string Payload, string? Result, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The view of a stored job.</summary>
    public static JobView From(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.Kind, job.ConnectionId, job.Key, job.State, job.Attempts, job.Failures, job.NextRunAt,
            job.LastErrorKind, FailureStamp.WithoutOrigin(job.LastError), job.Payload, job.Result, job.CreatedAt, job.UpdatedAt);
    }
}

/// <summary>A job with every attempt, oldest first (each error without its origin in the hub's code, as <see cref="JobView"/>).</summary>
public sealed record JobDetailView(JobView Job, IReadOnlyList<JobAttempt> Attempts)
{
    /// <summary>The view of a stored job and its attempts.</summary>
    public static JobDetailView From(Job job, IReadOnlyList<JobAttempt> attempts) =>
        new(JobView.From(job), [.. attempts.Select(a => a with { Error = FailureStamp.WithoutOrigin(a.Error) })]);
}
