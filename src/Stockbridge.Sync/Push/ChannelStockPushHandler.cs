using Stockbridge.Engine.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Push;

/// <summary><c>channel.push-stock</c>: the fast path, quantities only when nothing else changed (see <see cref="ProductPusher"/>).</summary>
public sealed class ChannelStockPushHandler(ProductPusher pusher) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.ChannelPushStock;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await pusher.PushAsync(context, JobPayload.Read<ProductJobPayload>(context.Job.Payload), PushMode.StockOnly, cancellationToken);
        return JobPayload.Write(result);
    }
}
