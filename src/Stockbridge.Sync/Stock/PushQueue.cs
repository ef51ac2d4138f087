using Stockbridge.Connectors.Manifest;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Stock;

/// <summary>
/// Queues product pushes to every channel connection of a client. Jobs are keyed by product code, so a push still pending
/// is coalesced (the latest wins); stock-only pushes get <see cref="SyncPriorities.StockPush"/>.
/// </summary>
public sealed class PushQueue(IStore store, SyncConnections connections, SkuIndex skus)
{
    /// <summary>Queues <paramref name="kind"/> for each product to each channel; returns how many jobs were requested.</summary>
    public async Task<int> EnqueueAsync(string clientId, IReadOnlyCollection<string> productCodes, string kind, string reason, CancellationToken cancellationToken) =>
        await QueueAsync(await RequestsAsync(clientId, productCodes, kind, reason, cancellationToken), cancellationToken);

    /// <summary>Queues stock-only pushes of the products these SKUs belong to, to every channel.</summary>
    public async Task<int> EnqueueStockForSkusAsync(string clientId, IEnumerable<string> skuList, string reason, CancellationToken cancellationToken) =>
        await QueueAsync(await StockRequestsForSkusAsync(clientId, skuList, reason, cancellationToken), cancellationToken);

    /// <summary>The stock-only pushes <see cref="EnqueueStockForSkusAsync"/> would queue, for a caller that writes them with its own write.</summary>
    public async Task<IReadOnlyList<JobRequest>> StockRequestsForSkusAsync(string clientId, IEnumerable<string> skuList, string reason, CancellationToken cancellationToken)
    {
        var codes = await skus.ProductCodesAsync(clientId, skuList, cancellationToken);
        return await RequestsAsync(clientId, codes, SyncJobKinds.ChannelPushStock, reason, cancellationToken);
    }

    private async Task<int> QueueAsync(IReadOnlyList<JobRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count > 0) await store.Jobs.EnqueueManyAsync(requests, cancellationToken);
        return requests.Count;
    }

    private async Task<IReadOnlyList<JobRequest>> RequestsAsync(string clientId, IReadOnlyCollection<string> productCodes, string kind, string reason, CancellationToken cancellationToken)
    {
        if (productCodes.Count == 0) return [];
        var channels = await connections.ListAsync(clientId, ConnectorKind.Channel, cancellationToken);
        var priority = kind == SyncJobKinds.ChannelPushStock ? SyncPriorities.StockPush : SyncPriorities.Normal;
        return channels
            .SelectMany(channel => productCodes.Select(code => new JobRequest(
                clientId, channel.Id, kind, code, JobPayload.Write(new ProductJobPayload(code, Reason: reason)), Priority: priority)))
            .ToList();
    }

    /// <summary>Queues one product's push to one channel; <paramref name="force"/> pushes even an unchanged projection (drift healing).</summary>
    public Task<long> EnqueueOneAsync(string clientId, string channelId, string productCode, string reason, bool force, CancellationToken cancellationToken) =>
        store.Jobs.EnqueueAsync(new JobRequest(clientId, channelId, SyncJobKinds.ChannelPush, productCode,
            JobPayload.Write(new ProductJobPayload(productCode, Force: force, Reason: reason)), Priority: SyncPriorities.Normal), cancellationToken);
}
