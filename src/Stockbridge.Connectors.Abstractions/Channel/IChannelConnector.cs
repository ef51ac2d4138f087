using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Channel;

/// <summary>A sales channel: receives product projections and stock, yields orders, takes status back.</summary>
public interface IChannelConnector : IConnector
{
    /// <summary>
    /// Creates or updates products. <paramref name="batch"/> items carry the links known from earlier pushes;
    /// the result gives each record's channel ids so the engine can store them.
    /// </summary>
    Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken);

    /// <summary>Sets available quantities (the fast path for stock-only changes).</summary>
    Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken);

    /// <summary>Streams orders created or updated at or after <paramref name="since"/> (the reconciling poll).</summary>
    IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Writes the source's order number back onto the channel order (tag, note or metafield).</summary>
    Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken);
}
