using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Scheduling;

/// <summary>
/// One pass of the scheduler: for every enabled connection of every client, enqueue each recurring job whose time slot has
/// come. A node only schedules a (connection, task) while it holds that lease, and each job carries the idempotency key
/// <c>schedule:{connectionId}:{kind}:{slot}</c>, so two nodes never schedule the same slot twice.
/// </summary>
public sealed partial class ScheduleTick(IStore store, SyncConnections connections, IOptions<SyncOptions> options, ILogger<ScheduleTick> logger)
{
    /// <summary>This node's id on schedule leases.</summary>
    public string NodeId { get; } = options.Value.NodeId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Runs one pass at <paramref name="now"/>; returns how many jobs it asked for.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requested = 0;
        foreach (var client in await store.Clients.ListAsync(cancellationToken))
        {
            foreach (var connection in await store.Connections.ListAsync(client.Id, cancellationToken))
            {
                if (!connection.Enabled) continue;
                foreach (var task in TasksOf(connection))
                {
                    var lease = $"schedule:{connection.Id}:{task.Kind}";
                    if (!await store.Schedule.TryAcquireLeaseAsync(lease, NodeId, task.Interval, cancellationToken)) continue;
                    var slot = now.ToUnixTimeSeconds() / (long)Math.Max(1, task.Interval.TotalSeconds);
                    var key = string.Create(CultureInfo.InvariantCulture, $"{lease}:{slot}");
                    await store.Jobs.EnqueueAsync(new JobRequest(client.Id, connection.Id, task.Kind, task.Kind, "{}", IdempotencyKey: key), cancellationToken);
                    requested++;
                }
            }
        }
        return requested;
    }

    /// <summary>The recurring jobs of a connection, with their intervals from its rules, settings or the defaults.</summary>
    public IReadOnlyList<ScheduledTask> TasksOf(ConnectionRecord connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var kind = connections.KindOf(connection);
        var o = options.Value;
        var tasks = new List<ScheduledTask>();
        try
        {
            if (kind.HasFlag(ConnectorKind.Source))
            {
                var seconds = ConnectionRules.Orders(connection).PollIntervalSeconds ?? SettingSeconds(connection, "poll_interval_seconds");
                tasks.Add(new(SyncJobKinds.SourcePull, Seconds(seconds, o.DefaultPollInterval)));
            }
            if (kind.HasFlag(ConnectorKind.Channel))
            {
                var rules = ConnectionRules.Channel(connection);
                tasks.Add(new(SyncJobKinds.ChannelPollOrders, Seconds(rules.OrderPollIntervalSeconds, o.DefaultOrderPollInterval)));
                tasks.Add(new(SyncJobKinds.Reconcile, Seconds(rules.ReconcileIntervalSeconds, o.DefaultReconcileInterval)));
            }
        }
        catch (PermanentConnectorException ex)
        {
            LogBadRules(connection.Id, ex.Message);
        }
        return tasks;
    }

    private static int? SettingSeconds(ConnectionRecord connection, string key) =>
        connection.Settings.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static TimeSpan Seconds(int? seconds, TimeSpan fallback) => seconds is { } s ? TimeSpan.FromSeconds(s) : fallback;

    [LoggerMessage(LogLevel.Warning, "Connection {ConnectionId} is not scheduled: {Reason}")]
    private partial void LogBadRules(string connectionId, string reason);
}
