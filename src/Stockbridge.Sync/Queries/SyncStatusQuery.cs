using Stockbridge.Connectors.Manifest;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;

namespace Stockbridge.Sync.Queries;

/// <summary>Counts of products synced, orders by state and jobs by state for one client.</summary>
public sealed class SyncStatusQuery(IStore store, SyncConnections connections)
{
    private const int PageSize = 500;

    /// <summary>The client's status now.</summary>
    public async Task<SyncStatus> GetAsync(string clientId, CancellationToken cancellationToken)
    {
        var linked = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var channel in await connections.ListAsync(clientId, ConnectorKind.Channel, cancellationToken))
            linked[channel.Id] = await CountLinksAsync(clientId, channel.Id, cancellationToken);
        var orders = new Dictionary<OrderState, long>();
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListAsync(clientId, RecordEntity.Order, after, PageSize, cancellationToken);
            foreach (var record in page)
            {
                var state = WireJson.Deserialize<Order>(record.Json).State;
                orders[state] = orders.GetValueOrDefault(state) + 1;
            }
            if (page.Count < PageSize) break;
            after = page[^1].Key;
        }
        return new SyncStatus(
            await store.Records.CountAsync(clientId, RecordEntity.Product, cancellationToken),
            await store.Records.CountAsync(clientId, RecordEntity.Customer, cancellationToken),
            linked, orders, await store.Jobs.CountByStateAsync(clientId, cancellationToken));
    }

    private async Task<long> CountLinksAsync(string clientId, string connectionId, CancellationToken cancellationToken)
    {
        long count = 0;
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListLinksAsync(clientId, connectionId, RecordEntity.Product, after, PageSize, cancellationToken);
            count += page.Count;
            if (page.Count < PageSize) return count;
            after = page[^1].Key;
        }
    }
}
