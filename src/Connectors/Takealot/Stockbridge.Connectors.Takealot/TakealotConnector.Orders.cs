using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Takealot;

/// <summary>Orders by polling: the sales since a moment, grouped by order id, each order once with all its items.</summary>
public sealed partial class TakealotConnector
{
    /// <summary>Orders held in memory by one poll before it is refused (a poll covers one window of sales at a time).</summary>
    public const int MaxOrdersPerPoll = 100_000;

    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // An order's items can fall on different pages, so they are gathered before any order is mapped.
        var byOrder = new Dictionary<string, List<JsonNode>>(StringComparer.Ordinal);
        await foreach (var sale in _sales.SinceAsync(since, cancellationToken))
        {
            var orderId = sale["order_id"]?.ToString() ?? throw new Errors.PermanentConnectorException("A Takealot sale has no order_id");
            if (!byOrder.TryGetValue(orderId, out var items))
            {
                if (byOrder.Count >= MaxOrdersPerPoll) throw new Errors.PermanentConnectorException($"Takealot: more than {MaxOrdersPerPoll} orders in one poll");
                byOrder[orderId] = items = [];
            }
            items.Add(sale);
        }
        foreach (var items in byOrder.Values)
        {
            var order = TakealotOrderMapper.Map(items);
            if (order.PlacedAt is null || order.PlacedAt >= since) yield return order;
        }
    }
}
