using Stockbridge.Engine.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Push;

/// <summary><c>channel.push</c>: writes one product's projection to a channel when it changed (see <see cref="ProductPusher"/>).</summary>
public sealed class ChannelPushHandler(ProductPusher pusher) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => SyncJobKinds.ChannelPush;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await pusher.PushAsync(context, JobPayload.Read<ProductJobPayload>(context.Job.Payload), PushMode.Full, cancellationToken);
        return JobPayload.Write(result);
    }
}
