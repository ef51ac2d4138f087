using System.Runtime.CompilerServices;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;

namespace Stockbridge.TradeStore.Connector;

/// <summary>
/// The trade store as a channel. The store is served by the hub and renders every page from the hub's own records (live ERP
/// prices and stock), so there is no remote catalogue to write: a push records the product's link and nothing else. Orders
/// enter at checkout through <see cref="Stockbridge.Sync.Orders.OrderIntake"/> (the same exactly-once path as every channel),
/// so the reconciling poll has nothing further to read, and the ERP's order number is read from the hub's order record.
/// </summary>
internal sealed class TradeStoreConnector(ConnectionContext context) : IChannelConnector
{
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("store", true, $"served by the hub at /store/{context.ClientId}")]));

    public Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PushOutcome>>([.. batch.Select(p => new PushOutcome(p.Product.SourceProductCode, Link(p.Product.SourceProductCode)))]);

    public Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PushOutcome>>([.. batch.Select(s => new PushOutcome(s.Sku, s.Link ?? Link(s.Sku)))]);

    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken) => Task.CompletedTask;

    private static ChannelLink Link(string id) => new(id, new Dictionary<string, string>(StringComparer.Ordinal));
}
