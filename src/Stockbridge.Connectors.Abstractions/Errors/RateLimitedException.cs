namespace Stockbridge.Connectors.Errors;

/// <summary>
/// The remote side asked us to slow down (HTTP 429, Shopify THROTTLED). Retried after
/// <see cref="RetryAfter"/> (or the engine's default wait); not counted as a failure.
/// </summary>
/// <param name="message">What was throttled.</param>
/// <param name="retryAfter">How long the remote side asked us to wait, if it said.</param>
public sealed class RateLimitedException(string message, TimeSpan? retryAfter = null) : ConnectorException(message)
{
    /// <summary>The wait the remote side asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
