using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Stockbridge.Web.Webhooks;

/// <summary>
/// Logs rejected webhooks sampled per connection: the first <see cref="WebhookIntakeOptions.RejectedLogsPerMinute"/> of
/// each minute in full, then only a count, written with the next rejection after that minute. A sender (or an attacker)
/// posting badly signed deliveries in a loop thus costs a few log lines a minute, not one per request.
/// </summary>
internal sealed partial class RejectedWebhookLog(IOptions<WebhookIntakeOptions> options, TimeProvider time, ILogger<RejectedWebhookLog> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Minute> minutes = new(StringComparer.Ordinal);

    /// <summary>Notes one rejection of a delivery to <paramref name="connectionId"/> (an existing connection's id).</summary>
    public void Log(string connectionId, string reason)
    {
        var now = time.GetUtcNow();
        var limit = options.Value.RejectedLogsPerMinute;
        Minute? ended = null;
        var minute = minutes.AddOrUpdate(connectionId, _ => new Minute(now, 1), (_, m) =>
        {
            if (now - m.Start < Window) return m with { Seen = m.Seen + 1 };
            ended = m;
            return new Minute(now, 1);
        });
        if (ended is { } previous && previous.Seen > limit) LogSuppressed(connectionId, previous.Seen - limit, previous.Start);
        if (minute.Seen <= limit) LogRejected(connectionId, reason);
    }

    private sealed record Minute(DateTimeOffset Start, long Seen);

    [LoggerMessage(LogLevel.Warning, "Webhook to connection {ConnectionId} rejected: {Reason}")]
    private partial void LogRejected(string connectionId, string reason);

    [LoggerMessage(LogLevel.Warning, "{Count} more webhooks to connection {ConnectionId} were rejected in the minute from {Start:o} (not logged one by one)")]
    private partial void LogSuppressed(string connectionId, long count, DateTimeOffset start);
}
