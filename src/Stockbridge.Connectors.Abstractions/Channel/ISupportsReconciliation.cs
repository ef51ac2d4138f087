namespace Stockbridge.Connectors.Channel;

/// <summary>A channel that can say what it currently holds, so the sweeper can find and heal drift.</summary>
public interface ISupportsReconciliation
{
    /// <summary>Reads what the channel holds now for these SKUs (quantity, price, status).</summary>
    Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken);
}
