using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>A started simulator: where it listens, its credentials, and handles on its state for tests.</summary>
public sealed class RunningSysproSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsDatabase;

    internal RunningSysproSimulator(WebApplication app, Uri baseUrl, string databasePath, SysproSimulatorOptions options)
    {
        _app = app;
        _ownsDatabase = options.DatabasePath is null;
        Company = app.Services.GetRequiredService<CompanyDatabase>();
        BaseUrl = baseUrl;
        DatabasePath = databasePath;
        Operator = options.Operator;
        OperatorPassword = options.OperatorPassword;
        CompanyId = options.CompanyId;
        OperatorSeats = options.OperatorSeats;
    }

    /// <summary>The root URL, e.g. http://127.0.0.1:5123/ (admin endpoints live under /admin).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The e.net REST base URL, e.g. http://127.0.0.1:5123/SYSPROWCFService/Rest/.</summary>
    public Uri EnetUrl => new(BaseUrl, "SYSPROWCFService/Rest/");

    /// <summary>The e.net SOAP (BasicHttp) endpoint, e.g. http://127.0.0.1:5123/SYSPROWCFService.</summary>
    public Uri EnetSoapUrl => new(BaseUrl, "SYSPROWCFService");

    /// <summary>The SQLite company database file (what the connector's read-only SQL reads).</summary>
    public string DatabasePath { get; }

    /// <summary>The operator allowed to log on.</summary>
    public string Operator { get; }

    /// <summary>The operator's password.</summary>
    public string OperatorPassword { get; }

    /// <summary>How many sessions the operator may hold at once.</summary>
    public int OperatorSeats { get; }

    /// <summary>The company id.</summary>
    public string CompanyId { get; }

    /// <summary>Fault injection (also reachable over HTTP at /admin/faults).</summary>
    public FaultInjector Faults => _app.Services.GetRequiredService<FaultInjector>();

    /// <summary>Wire quirks: lower-cased XML, JSON-quoted bodies, status-only SORTOI replies.</summary>
    public EnetQuirks Quirks => _app.Services.GetRequiredService<EnetQuirks>();

    /// <summary>The company database, for ERP-user changes and reading sales orders.</summary>
    public CompanyDatabase Company { get; }

    /// <summary>The e.net sessions (to evict one as another logon would) and their counts (logons, sessions ended, calls refused).</summary>
    public SessionRegistry Sessions => _app.Services.GetRequiredService<SessionRegistry>();

    /// <summary>
    /// Settings for a SYSPRO connection pointed at this simulator (keys of the syspro connector's manifest):
    /// the sqlite provider on <see cref="DatabasePath"/>, the e.net URL, operator, password and company, and the
    /// cash account as the default customer, and the operator's licence seats.
    /// </summary>
    public IReadOnlyDictionary<string, string> ConnectionSettings() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["database_provider"] = "sqlite",
        ["database"] = DatabasePath,
        ["server"] = "127.0.0.1",
        ["enet_url"] = EnetUrl.ToString(),
        ["operator"] = Operator,
        ["operator_password"] = OperatorPassword,
        ["company_id"] = CompanyId,
        ["default_customer"] = Database.SeedCatalogue.CashCustomer,
        ["licence_seats"] = OperatorSeats.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Stops listening.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default) => await _app.StopAsync(cancellationToken);

    /// <summary>Stops and disposes the host; a temp database it created itself (no DatabasePath given) is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!_ownsDatabase) return;
        using (var connection = new SqliteConnection(Company.ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(DatabasePath + suffix); }
            catch (IOException) { /* still open elsewhere (e.g. a reader in the test); the temp folder is cleaned eventually */ }
        }
    }
}
