using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Support;

/// <summary>A SYSPRO simulator on a free port with a temp SQLite company (300 stock codes), one per test class.</summary>
public sealed class SysproSimulatorFixture : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private int _nextChange = 100;

    public RunningSysproSimulator Simulator { get; private set; } = null!;

    public IConnectorFactory Factory { get; } = new SysproConnectorFactory();

    public async ValueTask InitializeAsync() =>
        Simulator = await SysproSimulator.StartAsync(new SysproSimulatorOptions { StockCodes = 300, Customers = 30 }, TestContext.Current.CancellationToken);

    public ConnectionContext CreateContext() => CreateContext(null);

    /// <summary>A context with some settings replaced or added (connection "syspro-1" unless named).</summary>
    public ConnectionContext CreateContext(IReadOnlyDictionary<string, string>? overrides, string connectionId = "syspro-1")
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings());
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) settings[key] = value;
        return new ConnectionContext("client-1", connectionId, settings, _http, TimeProvider.System, NullLogger.Instance);
    }

    public ConnectionContext CreateContextWithBadCredentials() =>
        CreateContext(new Dictionary<string, string> { ["operator_password"] = "not-the-password" });

    public SysproConnector Connect(IReadOnlyDictionary<string, string>? overrides = null, string connectionId = "syspro-1") =>
        (SysproConnector)Factory.Create(CreateContext(overrides, connectionId));

    /// <summary>Logs the operator on from outside the hub (another client using the same operator).</summary>
    public async Task LogonElsewhereAsync()
    {
        var url = new Uri(Simulator.EnetUrl, $"Logon?Operator={Simulator.Operator}&OperatorPassword={Simulator.OperatorPassword}&CompanyId={Simulator.CompanyId}&CompanyPassword=");
        (await _http.GetStringAsync(url, TestContext.Current.CancellationToken)).ShouldNotStartWith("ERROR");
    }

    public async Task<string> ChangeOneProductAsync()
    {
        var code = SeedCatalogue.StockCode(Interlocked.Increment(ref _nextChange));
        await Simulator.Company.ChangePriceAsync(code, "A", 1234.56m);
        return code;
    }

    public Order SampleOrder(string channelOrderCode) => TestOrders.For(channelOrderCode, SeedCatalogue.CashCustomer, SeedCatalogue.StockCode(1));

    public Order OrderWithUnknownSku(string channelOrderCode) => TestOrders.For(channelOrderCode, SeedCatalogue.CashCustomer, "NO-SUCH-CODE");

    public async ValueTask DisposeAsync()
    {
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Simulator.DatabasePath + suffix);
        }
        _http.Dispose();
    }
}
