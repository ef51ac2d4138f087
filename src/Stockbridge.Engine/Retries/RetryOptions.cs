using System.ComponentModel.DataAnnotations;

namespace Stockbridge.Engine.Retries;

/// <summary>
/// How failed jobs are retried (Polly-style). The retry state itself (failures so far, next run time) lives in the store,
/// on the job, so a restart or another node carries on where the last attempt left off.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Retries allowed after the first attempt; a transient failure beyond this dead-letters the job.</summary>
    /// <value>10.</value>
    [Range(0, 1000)]
    public int MaxRetryAttempts { get; set; } = RetryConstants.DefaultMaxRetryAttempts;

    /// <summary>How the wait grows.</summary>
    /// <value><see cref="BackoffType.Exponential"/>.</value>
    public BackoffType BackoffType { get; set; } = BackoffType.Exponential;

    /// <summary>The base wait.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan Delay { get; set; } = RetryConstants.DefaultDelay;

    /// <summary>The cap on any wait.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan MaxDelay { get; set; } = RetryConstants.DefaultMaxDelay;

    /// <summary>Full jitter: the wait is drawn uniformly from [0, cap] so that retries of many jobs spread out.</summary>
    /// <value>true.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>The wait after a rate-limited attempt when the remote side gave no Retry-After.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan DefaultRateLimitWait { get; set; } = RetryConstants.DefaultRateLimitWait;
}
