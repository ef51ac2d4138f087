namespace Stockbridge.Connectors.Shopify.Simulator.Cost;

/// <summary>
/// The per-shop cost bucket: holds up to <see cref="Capacity"/> points and refills at <see cref="RestoreRate"/>
/// points per second by the injected clock. A query is charged its requested cost up front.
/// </summary>
public sealed class LeakyBucket(double capacity, double restoreRate, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _available = capacity;
    private long _stamp = time.GetTimestamp();

    private long _charged;

    public double Capacity { get; } = capacity;

    /// <summary>Points charged so far (for benchmarks: the least time a workload needs is (charged − capacity) ÷ restore rate).</summary>
    public long TotalCharged => Interlocked.Read(ref _charged);
    public double RestoreRate { get; } = restoreRate;

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
