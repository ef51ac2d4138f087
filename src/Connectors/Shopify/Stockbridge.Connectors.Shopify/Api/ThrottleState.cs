namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>
/// The cost bucket as the last response described it (<c>extensions.cost.throttleStatus</c>), projected forward by
/// the restore rate, so the client can wait before a call that the bucket could not pay for.
/// </summary>
public sealed class ThrottleState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _maximum;
    private double _available;
    private double _restoreRate;
    private long _stamp;

    public double RestoreRate { get { lock (_gate) return _restoreRate; } }
    public double Maximum { get { lock (_gate) return _maximum; } }

    /// <summary>Records what a response said.</summary>
    public void Observe(double maximum, double available, double restoreRate)
    {
        lock (_gate)
        {
            (_maximum, _available, _restoreRate, _stamp) = (maximum, available, restoreRate, time.GetTimestamp());
        }
    }

    /// <summary>Points expected to be available now (null before the first response).</summary>
    public double? EstimatedAvailable()
    {
        lock (_gate)
        {
            if (_restoreRate <= 0) return null;
            return Math.Min(_maximum, _available + time.GetElapsedTime(_stamp).TotalSeconds * _restoreRate);
        }
    }

    /// <summary>
    /// Takes <paramref name="cost"/> points from the projected bucket when a call is sent, so other callers sharing this
    /// state (every connector instance of the same shop in this process) see them gone before the answer says so.
    /// </summary>
    public void Spend(double cost)
    {
        lock (_gate)
        {
            if (_restoreRate <= 0) return;
            _available = Math.Min(_maximum, _available + time.GetElapsedTime(_stamp).TotalSeconds * _restoreRate) - cost;
            _stamp = time.GetTimestamp();
        }
    }

    /// <summary>
    /// How long until <paramref name="cost"/> points are available (zero when they are, or when unknown). A background call
    /// also leaves <see cref="BackgroundReserve"/> of the bucket untouched for calls that events wait on.
    /// </summary>
    public TimeSpan WaitFor(double cost, bool background = false)
    {
        var available = EstimatedAvailable();
        var rate = RestoreRate;
        if (available is null || rate <= 0) return TimeSpan.Zero;
        var needed = cost + (background ? Math.Max(0, Math.Min(Maximum * BackgroundReserve, Maximum - cost)) : 0);
        if (available >= needed) return TimeSpan.Zero;
        return TimeSpan.FromSeconds((needed - available.Value) / rate);
    }

    /// <summary>The share of the bucket background calls leave for event calls.</summary>
    public const double BackgroundReserve = 0.5;
}
