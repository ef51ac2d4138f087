using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Sql.Simulator.Acme;

namespace Stockbridge.Connectors.Sql.Simulator;

/// <summary>A running Acme ERP database: where it is, the settings of a hub connection to it (template queries included), and its ERP users.</summary>
public sealed class SqlSimulator(IAcmeHost host, AcmeErp erp, AcmeMutator? mutator) : ISourceSimulator
{
    private int _nextChange;

    /// <summary>The database's engine.</summary>
    public AcmeEngine Engine => host.Engine;

    /// <summary>The mutator, when one runs.</summary>
    public AcmeMutator? Mutator => mutator;

    /// <inheritdoc />
    public Uri BaseUrl => host.Engine == AcmeEngine.Sqlite ? new Uri(host.Location) : new Uri("tcp://" + host.ConnectionSettings["server"] + ":" + host.ConnectionSettings["port"] + "/");

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("database", host.Location),
        new("connection string (read-only login)", host.ReaderConnectionString),
        .. host.ConnectionSettings.Where(s => s.Key is not ("engine" or "database")).Select(s => new SimulatorBannerLine(s.Key, s.Value)),
        new("products query", AcmeQueries.Products(host.Engine)),
        new("customers query", AcmeQueries.Customers),
        new("order look-up query", AcmeQueries.OrderLookup),
        new("order header statement", AcmeQueries.OrderHeader),
        new("order line statement", AcmeQueries.OrderLine),
        new("mutator", mutator is null ? "off (--mutate-every SECONDS)" : "changing a price and a stock level on a timer"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(host.ConnectionSettings)
    {
        ["products_query"] = AcmeQueries.Products(host.Engine),
        ["customers_query"] = AcmeQueries.Customers,
        ["order_lookup_query"] = AcmeQueries.OrderLookup,
        ["order_header_statement"] = AcmeQueries.OrderHeader,
        ["order_line_statement"] = AcmeQueries.OrderLine,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => host.BadCredentialSettings;

    /// <inheritdoc />
    public SourceSampleCodes Samples => new(AcmeSeeder.Item(1, "M"), AcmeSeeder.CashAccount) { AccountEmails = AcmeSeeder.TradeEmails.Take(2).ToList() };

    /// <summary>The ERP's users.</summary>
    public AcmeErp Erp => erp;

    /// <inheritdoc />
    public Task<string> ChangeOneProductAsync(CancellationToken cancellationToken) =>
        erp.ChangePriceAsync(2 + Interlocked.Increment(ref _nextChange) % Math.Max(1, erp.Styles - 3), 1.25m, cancellationToken);

    /// <inheritdoc />
    public Task SetStockAsync(string sku, decimal quantity, CancellationToken cancellationToken) => erp.SetStockAsync(sku, quantity, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        erp.FindOrdersAsync(channelOrderCode, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (mutator is not null) await mutator.DisposeAsync();
        await host.DisposeAsync();
    }
}
