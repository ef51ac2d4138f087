namespace Stockbridge.Simulators.RateLimits;

/// <summary>
/// A leaky bucket (Shopify's cost bucket, or one point per request): holds up to <see cref="Capacity"/> points and
/// refills at <see cref="RestoreRate"/> points per second by the injected clock. A call is charged up front; points
/// charged but not used can be given back.
/// </summary>
public sealed class LeakyBucket(double capacity, double restoreRate, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _available = capacity;
    private long _stamp = time.GetTimestamp();
    private long _charged;

    /// <summary>The most points it holds.</summary>
    public double Capacity { get; } = capacity;

    /// <summary>Points restored per second.</summary>
    public double RestoreRate { get; } = restoreRate;

    /// <summary>Points charged so far (for benchmarks: the least time a workload needs is (charged − capacity) ÷ restore rate).</summary>
    public long TotalCharged => Interlocked.Read(ref _charged);

    /// <summary>Points available now.</summary>
    public double Available
    {
        get { lock (_gate) { Refill(); return _available; } }
    }

    /// <summary>Takes <paramref name="cost"/> points if there are enough; returns what is left either way.</summary>
    public (bool Taken, double Available) TryTake(int cost)
    {
        lock (_gate)
        {
            Refill();
            if (_available < cost) return (false, _available);
            _available -= cost;
            _charged += cost;
            return (true, _available);
        }
    }

    /// <summary>How long until <paramref name="cost"/> points are available (zero when they are now); for a Retry-After.</summary>
    public TimeSpan TimeUntil(int cost)
    {
        lock (_gate)
        {
            Refill();
            if (_available >= cost || RestoreRate <= 0) return TimeSpan.Zero;
            return TimeSpan.FromSeconds((cost - _available) / RestoreRate);
        }
    }

    /// <summary>Gives back points charged but not used (requested minus actual cost).</summary>
    public void Refund(int points)
    {
        lock (_gate) { Refill(); _available = Math.Min(Capacity, _available + points); }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _available = Math.Min(Capacity, _available + time.GetElapsedTime(_stamp, now).TotalSeconds * RestoreRate);
        _stamp = now;
    }
}
