using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage;

namespace Stockbridge.Web.Webhooks;

/// <summary>
/// Finds the connection a webhook is addressed to and its verifier, reusing lookups for a short time so a burst of
/// deliveries does not decrypt the same secrets thousands of times. Unknown, disabled and webhook-less connections are
/// cached as "no target" too, so a flood of junk does not reach the store either.
/// </summary>
internal sealed class WebhookTargetCache(IStore store, ConnectorRegistry connectors, IOptions<WebhookIntakeOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (WebhookTarget? Target, DateTimeOffset Expires)> entries = new(StringComparer.Ordinal);

    /// <summary>The target, or null when the connection is unknown, disabled, or its connector takes no webhooks.</summary>
    public async ValueTask<WebhookTarget?> FindAsync(string connectionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(connectionId, out var hit) && hit.Expires > now) return hit.Target;
        var target = await LoadAsync(connectionId, cancellationToken);
        var ttl = options.Value.ConnectionCacheTtl;
        if (ttl > TimeSpan.Zero)
        {
            if (entries.Count > 10_000) entries.Clear();
            entries[connectionId] = (target, now + ttl);
        }
        return target;
    }

    private async Task<WebhookTarget?> LoadAsync(string connectionId, CancellationToken cancellationToken)
    {
        var connection = await store.Connections.FindForWebhookAsync(connectionId, cancellationToken);
        if (connection is not { Enabled: true } || connectors.Find(connection.ConnectorKey) is null) return null;
        return connectors.Create(connection) is ISupportsWebhooks verifier ? new WebhookTarget(connection, verifier) : null;
    }
}
