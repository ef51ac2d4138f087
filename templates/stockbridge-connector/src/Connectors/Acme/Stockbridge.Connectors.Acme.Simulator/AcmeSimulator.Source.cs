using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>A running Acme ERP simulator: an ERP user, and what the ERP itself holds.</summary>
public sealed partial class AcmeSimulator : ISourceSimulator
{
    private int _nextChange;

    /// <inheritdoc />
    public SourceSampleCodes Samples => new(AcmeEndpoints.StockCode(1), AcmeEndpoints.CashCustomer)
    {
        AccountEmails = State.Read(s => s.Customers.Where(c => c.Code != AcmeEndpoints.CashCustomer).Select(c => c.Email).ToList()),
    };

    /// <inheritdoc />
    public Task<string> ChangeOneProductAsync(CancellationToken cancellationToken)
    {
        var code = AcmeEndpoints.StockCode(2 + Interlocked.Increment(ref _nextChange) % 100);
        State.Read(s => s.Products[code].Price += 1.25m);
        return Task.FromResult(code);
    }

    /// <inheritdoc />
    public Task SetStockAsync(string sku, decimal quantity, CancellationToken cancellationToken)
    {
        State.Read(s => s.Products[sku].Quantity = quantity);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SourceOrderState>>(State.Read(s => s.SalesOrders.Where(o => o.Reference == channelOrderCode)
            .Select(o => new SourceOrderState(o.Number, o.Customer, o.Value, o.Lines.Count)).ToList()));
}
