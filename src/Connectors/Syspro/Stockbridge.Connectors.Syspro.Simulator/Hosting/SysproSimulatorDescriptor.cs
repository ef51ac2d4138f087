using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate syspro</c>, the demo and the compliance kit start a SYSPRO simulator: the command line's
/// flags (<see cref="SimulatorCommandLine"/>), the port, a small company for tests, and the company database kept in the
/// data folder when one is given.
/// </summary>
public sealed class SysproSimulatorDescriptor : ISimulatorDescriptor
{
    /// <summary>The company database inside <see cref="SimulatorStart.DataDirectory"/>.</summary>
    public const string DatabaseFileName = "syspro-company.db";

    /// <summary>Stock codes seeded for <see cref="SimulatorStart.Small"/>.</summary>
    public const int SmallStockCodes = 300;

    /// <summary>Customers seeded for <see cref="SimulatorStart.Small"/>.</summary>
    public const int SmallCustomers = 30;

    /// <inheritdoc />
    public string Key => "syspro";

    /// <inheritdoc />
    public string Summary => "A SYSPRO company: e.net REST and SOAP (logon, SORTOI, queries) and the company database read over SQL.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--stock-codes", "N", "how many stock codes to seed (up to 1,000,000)"),
        new("--operator", "NAME", "the e.net operator allowed to log on"),
        new("--operator-password", "PASSWORD", "the operator's password"),
        new("--operator-seats", "N", "how many e.net sessions the operator may hold at once"),
        new("--company", "ID", "the company id"),
        new("--db", "FILE", "the SQLite company database (kept and reopened; a new temp file when not given)"),
        new("--seed", "N", "the seed of the generated company"),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var parsed = SimulatorCommandLine.Parse(start.Arguments);
        bool Given(string flag) => start.Arguments.Contains(flag, StringComparer.OrdinalIgnoreCase);
        var options = new SysproSimulatorOptions
        {
            Port = Given("--port") ? parsed.Port : start.Port,
            StockCodes = start.Small && !Given("--stock-codes") ? SmallStockCodes : parsed.StockCodes,
            Customers = start.Small ? SmallCustomers : parsed.Customers,
            Seed = parsed.Seed,
            Operator = parsed.Operator,
            OperatorPassword = parsed.OperatorPassword,
            OperatorSeats = parsed.OperatorSeats,
            CompanyId = parsed.CompanyId,
            DatabasePath = parsed.DatabasePath ?? (start.DataDirectory is { } folder ? Path.Combine(folder, DatabaseFileName) : null),
            ReuseExistingDatabase = parsed.ReuseExistingDatabase,
        };
        var simulator = await SysproSimulator.StartAsync(options, cancellationToken);
        return new SysproRunningSimulator(simulator)
        {
            StockCodes = options.StockCodes,
            AccountEmails = await simulator.Company.ListAccountEmailsAsync(Database.SeedCatalogue.CashCustomer, 5, cancellationToken),
        };
    }
}
