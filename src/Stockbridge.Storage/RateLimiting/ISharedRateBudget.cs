namespace Stockbridge.Storage.RateLimiting;

/// <summary>
/// An optional capability of a store: a per-connection token bucket kept in the store itself, so every node running over
/// that store draws from one budget (three nodes together start no more jobs per second than one would). The engine uses
/// it instead of its in-process limiter when the store has it (<c>store is ISharedRateBudget</c>).
/// </summary>
public interface ISharedRateBudget
{
    /// <summary>
    /// Takes one token from the connection's bucket, which refills at <paramref name="ratePerSecond"/> up to
    /// <paramref name="burst"/> tokens (a new bucket starts full). Returns <see cref="TimeSpan.Zero"/> when a token was
    /// taken, otherwise how long until one is due (nothing is taken; ask again then). Atomic across nodes.
    /// </summary>
    Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken);
}
