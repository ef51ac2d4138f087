using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage;
using Stockbridge.Storage.RateLimiting;

namespace Stockbridge.Engine.RateLimiting;

/// <summary>
/// Paces job starts per connection (a token bucket each), so one merchant's burst cannot flood a channel's API. When the
/// store keeps a shared budget (<see cref="ISharedRateBudget"/>: PostgreSQL, or one SQLite file) the bucket lives there and
/// every node draws from it, so N nodes together keep to the rate; otherwise the bucket is in this process. Remote 429s are
/// still handled by the retry policy; this keeps us from causing most of them.
/// </summary>
public sealed class ConnectionRateLimiter(IOptions<JobEngineOptions> options, TimeProvider time, IStore? store = null)
{
    private readonly ConcurrentDictionary<string, TokenBucket> buckets = new(StringComparer.Ordinal);
    private readonly ISharedRateBudget? shared = store as ISharedRateBudget;

    /// <summary>Waits until the connection may start another job (returns at once when no rate is set).</summary>
    public async ValueTask WaitAsync(string? connectionId, CancellationToken cancellationToken)
    {
        var rate = options.Value.PerConnectionRatePerSecond;
        if (connectionId is null || rate <= 0) return;
        var burst = Math.Max(1, options.Value.PerConnectionBurst);
        if (shared is not null)
        {
            for (var wait = await shared.TryTakeAsync(connectionId, rate, burst, cancellationToken); wait > TimeSpan.Zero;
                 wait = await shared.TryTakeAsync(connectionId, rate, burst, cancellationToken))
                await Task.Delay(wait, time, cancellationToken);
            return;
        }
        var bucket = buckets.GetOrAdd(connectionId, _ => new TokenBucket(rate, burst, time));
        for (var wait = bucket.TryTake(); wait > TimeSpan.Zero; wait = bucket.TryTake())
            await Task.Delay(wait, time, cancellationToken);
    }
}
