using Stockbridge.Sync.Orders;
using Stockbridge.Storage;

namespace Stockbridge.Sync.Queries;

/// <summary>For <c>stockbridge orders show &lt;channel_order_code&gt;</c>: the order in every channel connection that has that code.</summary>
public sealed class OrderHistoryQuery(IStore store, OrderRecords orders)
{
    /// <summary>The client's orders with this channel order code (usually one), with their histories.</summary>
    public async Task<IReadOnlyList<OrderHistory>> FindAsync(string clientId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var found = new List<OrderHistory>();
        foreach (var connection in await store.Connections.ListAsync(clientId, cancellationToken))
        {
            var key = OrderRecords.Key(connection.Id, channelOrderCode);
            var order = await orders.GetAsync(clientId, key, cancellationToken);
            if (order is null) continue;
            found.Add(new OrderHistory(key, connection.Id, order, await orders.HistoryAsync(clientId, key, cancellationToken)));
        }
        return found;
    }
}
