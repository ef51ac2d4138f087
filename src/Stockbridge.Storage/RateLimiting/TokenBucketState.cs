namespace Stockbridge.Storage.RateLimiting;

/// <summary>A stored token bucket: tokens left at <paramref name="UpdatedAt"/> (microseconds since the Unix epoch, as stored).</summary>
/// <param name="Tokens">Tokens left at <paramref name="UpdatedAt"/>.</param>
/// <param name="UpdatedAt">When the bucket was last refilled.</param>
public sealed record TokenBucketState(double Tokens, long UpdatedAt)
{
    /// <summary>A full bucket at <paramref name="now"/>.</summary>
    public static TokenBucketState Full(double burst, long now) => new(burst, now);

    /// <summary>
    /// Refills the bucket up to <paramref name="now"/> and takes a token if one is there. Returns the new state and
    /// zero, or the refilled state and the wait until a token is due. A clock behind the last update (another node's
    /// clock running ahead) refills nothing and never moves the stamp back.
    /// </summary>
    public (TokenBucketState Next, TimeSpan Wait) Take(long now, double ratePerSecond, double burst)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        var elapsedSeconds = Math.Max(0, now - UpdatedAt) / 1_000_000.0;
        var tokens = Math.Min(burst, Tokens + (elapsedSeconds * ratePerSecond));
        var stamp = Math.Max(now, UpdatedAt);
        if (tokens >= 1) return (new TokenBucketState(tokens - 1, stamp), TimeSpan.Zero);
        return (new TokenBucketState(tokens, stamp), TimeSpan.FromSeconds((1 - tokens) / ratePerSecond));
    }
}
