namespace Stockbridge.Simulators.RateLimits;

/// <summary>
/// A fixed-window limiter (WooCommerce, Magento, Takealot style): up to <see cref="Limit"/> calls per
/// <see cref="Window"/>, counted from the first call of each window by the injected clock. The simulator turns a refusal
/// into its own 429 (or throttled) answer with the headers its system sends.
/// </summary>
public sealed class FixedWindowLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _windowStart;
    private int _used;

    /// <summary>A limiter of <paramref name="limit"/> calls per <paramref name="window"/>.</summary>
    public FixedWindowLimiter(int limit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        Limit = limit;
        Window = window;
        _time = time;
        _windowStart = time.GetUtcNow();
    }

    /// <summary>Calls allowed per window.</summary>
    public int Limit { get; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; }

    /// <summary>Counts one call if the window has room.</summary>
    public RateLimitDecision TryAcquire()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _used = 0;
            }
            var allowed = _used < Limit;
            if (allowed) _used++;
            return new RateLimitDecision(allowed, Limit, Limit - _used, _windowStart + Window - now);
        }
    }
}
