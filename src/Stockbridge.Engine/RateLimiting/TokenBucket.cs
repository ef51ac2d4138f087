namespace Stockbridge.Engine.RateLimiting;

/// <summary>A token bucket on the injected clock: <c>rate</c> tokens per second, holding at most <c>burst</c>.</summary>
internal sealed class TokenBucket
{
    private readonly Lock gate = new();
    private readonly double ratePerSecond;
    private readonly double burst;
    private readonly TimeProvider time;
    private double tokens;
    private long stamp;

    public TokenBucket(double ratePerSecond, double burst, TimeProvider time)
    {
        (this.ratePerSecond, this.burst, this.time) = (ratePerSecond, burst, time);
        tokens = burst;
        stamp = time.GetTimestamp();
    }

    /// <summary>Takes a token and returns zero, or returns how long until one is due.</summary>
    public TimeSpan TryTake()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(burst, tokens + (time.GetElapsedTime(stamp, now).TotalSeconds * ratePerSecond));
            stamp = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                return TimeSpan.Zero;
            }
            return TimeSpan.FromSeconds((1 - tokens) / ratePerSecond);
        }
    }
}
