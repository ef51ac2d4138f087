using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>
/// A running SYSPRO simulator seen from outside the hub (<see cref="ISourceSimulator"/>): an ERP user changing prices and
/// stock in the company database, and the sales orders SYSPRO holds, valued as SYSPRO values them (each line net of its
/// discount, plus freight and misc charges; comment lines carry no value).
/// </summary>
public sealed class SysproRunningSimulator(RunningSysproSimulator simulator) : ISourceSimulator
{
    private const string CommentLineType = "6";
    private int _nextChange = 100;

    /// <summary>The simulator itself, for what only SYSPRO has (faults, quirks, sessions, the company database).</summary>
    public RunningSysproSimulator Simulator { get; } = simulator;

    /// <inheritdoc />
    public Uri BaseUrl => Simulator.BaseUrl;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("e.net REST URL", Simulator.EnetUrl.ToString()),
        new("e.net SOAP URL", $"{Simulator.EnetSoapUrl} (BasicHttp: TransactionPost, GetVersion)"),
        new("admin", $"{Simulator.BaseUrl}admin/faults, {Simulator.BaseUrl}admin/sales-orders"),
        new("database", $"{Simulator.DatabasePath} (sqlite)"),
        new("operator", $"{Simulator.Operator} / {Simulator.OperatorPassword} ({Simulator.OperatorSeats} licence seat(s))"),
        new("company id", Simulator.CompanyId),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(Simulator.ConnectionSettings(), StringComparer.Ordinal)
    {
        // The sample company's site-defined order types: web sales orders, and invoices when a connection's rules say so.
        ["order_type"] = WebOrderType,
        ["invoice_order_type"] = InvoiceOrderType,
    };

    /// <summary>The sample company's order type code of a web sales order.</summary>
    public const string WebOrderType = "WB";

    /// <summary>The sample company's order type code raised when a connection's rules say invoice.</summary>
    public const string InvoiceOrderType = "IN";

    /// <summary>How many stock codes the company was seeded with.</summary>
    public int StockCodes { get; init; } = 1;

    /// <summary>E-mails of the company's trade accounts a channel order can be matched to (read when it starts).</summary>
    public IReadOnlyList<string> AccountEmails { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["operator_password"] = "not-the-password" };

    /// <inheritdoc />
    public SourceSampleCodes Samples => new(SeedCatalogue.StockCode(1), SeedCatalogue.CashCustomer, PriceTier: "A", CompareAtTier: "B") { AccountEmails = AccountEmails };

    /// <inheritdoc />
    public async Task<string> ChangeOneProductAsync(CancellationToken cancellationToken)
    {
        // Each change takes the next stock code round the seeded ones, at a price no change has set before.
        var change = Interlocked.Increment(ref _nextChange);
        var code = SeedCatalogue.StockCode(1 + change % Math.Max(1, StockCodes));
        await Simulator.Company.ChangePriceAsync(code, "A", 1000m + change + 0.37m, cancellationToken);
        return code;
    }

    /// <summary>Sets the quantity on hand in the first warehouse and none in the others, so the stock code holds <paramref name="quantity"/> in all.</summary>
    public async Task SetStockAsync(string sku, decimal quantity, CancellationToken cancellationToken)
    {
        var first = true;
        foreach (var (warehouse, _) in SeedCatalogue.Warehouses)
        {
            await Simulator.Company.ChangeStockAsync(sku, warehouse, first ? quantity : 0, cancellationToken);
            first = false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        var orders = await Simulator.Company.ListSalesOrdersByPoAsync(channelOrderCode, cancellationToken);
        return [.. orders
            .Select(o => new SourceOrderState(o.SalesOrder.Trim(), o.Customer.Trim(), o.Value, o.Lines.Count(l => l.LineType != CommentLineType)))];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
