namespace Stockbridge.Storage.Jobs;

/// <summary>How an attempt failed and what happens next.</summary>
/// <param name="Kind">transient, rate_limited or permanent.</param>
/// <param name="Reason">The error, for a person (Wolverine-style stamp: type, message, origin).</param>
/// <param name="RetryAt">When to try again; null dead-letters the job (state Failed).</param>
/// <param name="CountsAsFailure">False for rate-limited waits, which do not use up retries.</param>
public sealed record JobFailure(string Kind, string Reason, DateTimeOffset? RetryAt, bool CountsAsFailure = true);
