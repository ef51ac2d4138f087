using System.Globalization;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// <c>channel.poll-orders</c>: reads orders created or updated since the last poll (less an overlap; the first poll reads
/// back <see cref="SyncOptions.OrderLookback"/>) and takes them in; covers webhooks that never arrived.
/// </summary>
public sealed class OrderPollHandler(
    IStore store, SyncConnections connections, ChannelOrderReader reader, OrderIntake intake, IOptions<SyncOptions> options) : IJobHandler
{
    /// <summary>The cursor name: the start time of the last poll that finished.</summary>
    public const string Cursor = "orders";

    /// <inheritdoc />
    public string Kind => SyncJobKinds.ChannelPollOrders;

    /// <inheritdoc />
    public JobLane Lane => JobLane.Background;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channel = await connections.GetAsync(context.Job.ClientId, context.Job.ConnectionId, cancellationToken);
        var connector = connections.Bind<IChannelConnector>(channel);
        var started = context.Time.GetUtcNow();
        var stored = await store.Schedule.GetCursorAsync(channel.ClientId, channel.Id, Cursor, cancellationToken);
        var since = stored is null
            ? started - options.Value.OrderLookback
            : DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) - options.Value.OrderPollOverlap;
        var (read, listed) = await reader.ReadSinceAsync(channel, connector, since, cancellationToken);
        var result = await intake.TakeInAsync(channel, read, "order poll", context.Job.Id, cancellationToken);
        await store.Schedule.SetCursorAsync(channel.ClientId, channel.Id, Cursor, started.ToString("o", CultureInfo.InvariantCulture), cancellationToken);
        return JobPayload.Write(new { since, listed, result });
    }
}
