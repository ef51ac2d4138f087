namespace Stockbridge.Storage.Jobs;

/// <summary>A persisted job.</summary>
public sealed record Job
{
    /// <summary>Store id.</summary>
    public required long Id { get; init; }
    /// <summary>The owning client.</summary>
    public required string ClientId { get; init; }
    /// <summary>The connection it works on, if any.</summary>
    public string? ConnectionId { get; init; }
    /// <summary>What to do.</summary>
    public required string Kind { get; init; }
    /// <summary>The record it is about (coalescing key), if any.</summary>
    public string? Key { get; init; }
    /// <summary>Its idempotency key, if any.</summary>
    public string? IdempotencyKey { get; init; }
    /// <summary>Input as JSON.</summary>
    public required string Payload { get; init; }
    /// <summary>State.</summary>
    public required JobState State { get; init; }
    /// <summary>Attempts started so far.</summary>
    public required int Attempts { get; init; }
    /// <summary>Failed attempts counted against the retry limit (rate-limited waits are not counted).</summary>
    public required int Failures { get; init; }
    /// <summary>Priority (higher first).</summary>
    public int Priority { get; init; }
    /// <summary>Not before this time.</summary>
    public required DateTimeOffset NextRunAt { get; init; }
    /// <summary>The worker holding it, while running.</summary>
    public string? LeaseOwner { get; init; }
    /// <summary>When the lease runs out, while running.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    /// <summary>Fencing token: bumped on every claim; a worker whose token is stale can no longer finish the job.</summary>
    public long LeaseToken { get; init; }
    /// <summary>The last error's class: transient, rate_limited or permanent.</summary>
    public string? LastErrorKind { get; init; }
    /// <summary>The last error, for a person.</summary>
    public string? LastError { get; init; }
    /// <summary>What the job produced when it succeeded (JSON), if anything.</summary>
    public string? Result { get; init; }
    /// <summary>When it was enqueued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
