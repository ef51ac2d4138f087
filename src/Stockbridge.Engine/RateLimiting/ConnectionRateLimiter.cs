using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Stockbridge.Engine.Workers;

namespace Stockbridge.Engine.RateLimiting;

/// <summary>
/// Paces job starts per connection in this process (a token bucket each), so one merchant's burst cannot flood a
/// channel's API. Remote 429s are still handled by the retry policy; this keeps us from causing most of them.
/// </summary>
public sealed class ConnectionRateLimiter(IOptions<JobEngineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TokenBucket> buckets = new(StringComparer.Ordinal);

    /// <summary>Waits until the connection may start another job (returns at once when no rate is set).</summary>
    public async ValueTask WaitAsync(string? connectionId, CancellationToken cancellationToken)
    {
        var rate = options.Value.PerConnectionRatePerSecond;
        if (connectionId is null || rate <= 0) return;
        var burst = Math.Max(1, options.Value.PerConnectionBurst);
        var bucket = buckets.GetOrAdd(connectionId, _ => new TokenBucket(rate, burst, time));
        for (var wait = bucket.TryTake(); wait > TimeSpan.Zero; wait = bucket.TryTake())
            await Task.Delay(wait, time, cancellationToken);
    }
}
