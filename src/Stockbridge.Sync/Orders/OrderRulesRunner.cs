using Stockbridge.Domain.Orders;
using Stockbridge.Mapping.Orders;
using Stockbridge.Storage.Connections;
using Stockbridge.Sync.Connections;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// Applies the source connection's order rules to an order with the client's customer directory and the SKUs' quantity decimals:
/// the order as the source should hold it. Raising and changing a raised order both go through here, so both see the same lines.
/// </summary>
public sealed class OrderRulesRunner(CustomerDirectoryReader customers, QuantityDecimalsReader units)
{
    /// <summary>The rules' result for <paramref name="order"/> on <paramref name="source"/>.</summary>
    public async Task<OrderRuleResult> ApplyAsync(string clientId, ConnectionRecord source, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(order);
        var directory = await customers.ReadAsync(clientId, cancellationToken);
        var decimals = await units.ReadAsync(clientId, (order.LineItems.IsDefault ? [] : order.LineItems).Select(l => l.Sku), cancellationToken);
        return OrderRulesApplier.Apply(order, ConnectionRules.Orders(source), directory, decimals);
    }
}
