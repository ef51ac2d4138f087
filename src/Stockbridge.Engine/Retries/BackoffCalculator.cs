namespace Stockbridge.Engine.Retries;

/// <summary>
/// The wait before retry number <c>n</c> (1 for the first retry). With jitter it is "full jitter":
/// <c>random(0, min(MaxDelay, Delay · 2^(n-1)))</c> for exponential backoff.
/// </summary>
/// <param name="options">The retry options.</param>
/// <param name="random">The source of jitter (inject a seeded one in tests).</param>
public sealed class BackoffCalculator(RetryOptions options, Random random)
{
    /// <summary>Creates a calculator with a shared random source.</summary>
    public BackoffCalculator(RetryOptions options) : this(options, Random.Shared) { }

    /// <summary>The cap for retry <paramref name="retry"/> before jitter: the growth rule bounded by MaxDelay.</summary>
    public TimeSpan Cap(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var baseTicks = (double)options.Delay.Ticks;
        var ticks = options.BackoffType switch
        {
            BackoffType.Constant => baseTicks,
            BackoffType.Linear => baseTicks * retry,
            _ => baseTicks * Math.Pow(2, Math.Min(retry - 1, 62)),
        };
        var max = (double)options.MaxDelay.Ticks;
        return TimeSpan.FromTicks((long)Math.Min(ticks, max));
    }

    /// <summary>The wait before retry <paramref name="retry"/>: the cap, or a uniform draw from [0, cap] with jitter.</summary>
    public TimeSpan Next(int retry)
    {
        var cap = Cap(retry);
        if (!options.UseJitter) return cap;
        double draw;
        lock (random) draw = random.NextDouble();
        return TimeSpan.FromTicks((long)(cap.Ticks * draw));
    }
}
