using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro;

public sealed partial class SysproConnector
{
    /// <inheritdoc />
    public async Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var parameters = SortoiDocument.Parameters(Options);
        var document = SortoiDocument.Order(order, Options, _context.Time.GetUtcNow());
        var client = Client;
        var reply = await Sessions.CallAsync(client, userId => client.PostTransactionAsync(userId, "SORTOI", parameters, document, cancellationToken), cancellationToken);

        var outcome = SortoiOutcome.Read(reply);
        if (outcome.SalesOrder is { } number) return new RaisedOrder(number, order.ChannelOrderCode);
        // Rejected, or imported without a number in the reply: either way, an order with this PO number may exist
        // (raised by an earlier attempt whose reply was lost). If it does, the channel order is raised.
        if (await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken) is { } existing) return existing;
        throw (ConnectorException?)outcome.Rejection ?? new TransientConnectorException(
            $"SORTOI accepted order '{order.ChannelOrderCode}' without a sales order number, and none is found by its PO number yet.", outcomeUnknown: true);
    }

    /// <inheritdoc />
    public async Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        var query = RaisedOrderQuery.For(channelOrderCode);
        var client = Client;
        var reply = await Sessions.CallAsync(client, userId => client.QueryAsync(userId, "COMFND", query, cancellationToken), cancellationToken);
        return RaisedOrderQuery.Read(reply, channelOrderCode);
    }
}
