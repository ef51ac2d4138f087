using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Connections;
using Stockbridge.Sync.Connections;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// An order's number in the source: the one the hub holds, else, when a raise may have committed there and lost its answer (the
/// order is past <c>received</c>), the one the source holds for its channel order code; null when the source has none.
/// </summary>
public static class SourceOrderNumber
{
    /// <summary>The source's number of <paramref name="order"/>, looked up in <paramref name="source"/> only when in doubt.</summary>
    public static async Task<string?> FindAsync(Order order, ConnectionRecord source, SyncConnections connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(connections);
        if (order.SourceOrderCode is { } held) return held;
        if (order.State == OrderState.Received) return null;
        return (await connections.Bind<IOrderRaiser>(source).FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken))?.SourceOrderCode;
    }
}
