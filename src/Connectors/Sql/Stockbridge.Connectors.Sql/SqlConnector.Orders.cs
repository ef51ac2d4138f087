using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Sql;

public sealed partial class SqlConnector
{
    /// <inheritdoc />
    public Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken) => Orders.RaiseAsync(order, cancellationToken);

    /// <inheritdoc />
    public Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Orders.FindAsync(channelOrderCode, cancellationToken);
}
