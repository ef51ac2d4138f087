namespace Stockbridge.Storage.Jobs;

/// <summary>One attempt at a job. Every attempt is kept.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="Worker">The worker that made it.</param>
/// <param name="StartedAt">When it was claimed.</param>
/// <param name="EndedAt">When it ended; null while running or when the worker died (its lease then ran out).</param>
/// <param name="Outcome">running, succeeded, transient, rate_limited, permanent, lease_lost or abandoned.</param>
/// <param name="Error">The error, for a person.</param>
public sealed record JobAttempt(long JobId, int Number, string Worker, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string Outcome, string? Error);
