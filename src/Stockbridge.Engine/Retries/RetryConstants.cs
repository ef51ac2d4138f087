namespace Stockbridge.Engine.Retries;

/// <summary>The defaults of <see cref="RetryOptions"/>.</summary>
public static class RetryConstants
{
    /// <summary>Retries after the first attempt before a job is dead-lettered.</summary>
    public const int DefaultMaxRetryAttempts = 10;
    /// <summary>Base wait before the first retry.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(2);
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromMinutes(10);
    /// <summary>The wait after a rate-limited attempt whose remote side did not say how long.</summary>
    public static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(30);
}
