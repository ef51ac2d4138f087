namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>
/// The cost bucket as the last response described it (<c>extensions.cost.throttleStatus</c>), projected forward by the
/// restore rate, less the points of calls sent and not yet answered. Callers reserve their points before they send
/// (<see cref="TryReserve"/>): the wait and the taking happen under one lock, so callers that share a shop queue behind
/// each other instead of all computing the same wait, waking together and sending into a bucket that can pay for one.
/// </summary>
public sealed class ThrottleState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _maximum;
    private double _available;
    private double _restoreRate;
    private double _inFlight;
    private long _stamp;

    public double RestoreRate { get { lock (_gate) return _restoreRate; } }
    public double Maximum { get { lock (_gate) return _maximum; } }

    /// <summary>
    /// Records what a response said. Shopify's <c>currentlyAvailable</c> does not yet count calls it has not received, so
    /// the points of calls still in flight (reserved and not settled) stay taken.
    /// </summary>
    public void Observe(double maximum, double available, double restoreRate)
    {
        lock (_gate)
        {
            (_maximum, _available, _restoreRate, _stamp) = (maximum, available - _inFlight, restoreRate, time.GetTimestamp());
        }
    }

    /// <summary>Points expected to be available now (null before the first response).</summary>
    public double? EstimatedAvailable()
    {
        lock (_gate) return _restoreRate <= 0 ? null : ProjectedLocked();
    }

    /// <summary>
    /// How long until <paramref name="cost"/> points are available (zero when they are, or when unknown). A background call
    /// also leaves <see cref="BackgroundReserve"/> of the bucket untouched for calls that events wait on.
    /// </summary>
    public TimeSpan WaitFor(double cost, bool background = false)
    {
        lock (_gate) return WaitForLocked(cost, background);
    }

    /// <summary>
    /// When <paramref name="cost"/> points are available now (see <see cref="WaitFor"/>), takes them for a call about to be
    /// sent and returns zero; otherwise takes nothing and returns how long to wait before asking again.
    /// </summary>
    public TimeSpan TryReserve(double cost, bool background = false)
    {
        lock (_gate)
        {
            var wait = WaitForLocked(cost, background);
            if (wait == TimeSpan.Zero) TakeLocked(cost);
            return wait;
        }
    }

    /// <summary>Takes <paramref name="cost"/> points for a call sent whatever the bucket holds (its caller waited long enough).</summary>
    public void Reserve(double cost)
    {
        lock (_gate) TakeLocked(cost);
    }

    /// <summary>The call that reserved <paramref name="cost"/> has been answered (or failed): it is no longer in flight.</summary>
    public void Settle(double cost)
    {
        lock (_gate) _inFlight = Math.Max(0, _inFlight - cost);
    }

    /// <summary>The share of the bucket background calls leave for event calls.</summary>
    public const double BackgroundReserve = 0.5;

    private double ProjectedLocked() => Math.Min(_maximum, _available + time.GetElapsedTime(_stamp).TotalSeconds * _restoreRate);

    private TimeSpan WaitForLocked(double cost, bool background)
    {
        if (_restoreRate <= 0) return TimeSpan.Zero;
        var available = ProjectedLocked();
        var needed = cost + (background ? Math.Max(0, Math.Min(_maximum * BackgroundReserve, _maximum - cost)) : 0);
        return available >= needed ? TimeSpan.Zero : TimeSpan.FromSeconds((needed - available) / _restoreRate);
    }

    private void TakeLocked(double cost)
    {
        _inFlight += cost;
        if (_restoreRate <= 0) return;
        _available = ProjectedLocked() - cost;
        _stamp = time.GetTimestamp();
    }
}
