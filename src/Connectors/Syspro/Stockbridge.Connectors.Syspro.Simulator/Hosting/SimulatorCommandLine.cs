using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>Parses the simulator's command line and prints where it listens and how to log on.</summary>
public static class SimulatorCommandLine
{
    /// <summary>Reads --port, --stock-codes, --operator, --operator-password, --operator-seats, --company, --db and --seed.</summary>
    public static SysproSimulatorOptions Parse(IReadOnlyList<string> args)
    {
        var flags = SimulatorArguments.Parse(args);
        var defaults = new SysproSimulatorOptions();
        return new SysproSimulatorOptions
        {
            Port = flags.Port,
            StockCodes = flags.Int("stock-codes", defaults.StockCodes),
            Seed = flags.Int("seed", defaults.Seed),
            Operator = flags.String("operator") ?? defaults.Operator,
            OperatorPassword = flags.String("operator-password") ?? defaults.OperatorPassword,
            OperatorSeats = flags.Int("operator-seats", defaults.OperatorSeats),
            CompanyId = flags.String("company") ?? defaults.CompanyId,
            DatabasePath = flags.String("db"),
        };
    }

    /// <summary>The e.net URLs, admin endpoints, database and credentials, as banner lines.</summary>
    public static IReadOnlyList<SimulatorBannerLine> BannerLines(RunningSysproSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("e.net REST URL", simulator.EnetUrl.ToString()),
            new("e.net SOAP URL", $"{simulator.EnetSoapUrl} (BasicHttp: TransactionPost, GetVersion)"),
            new("admin", $"{simulator.BaseUrl}admin/faults, {simulator.BaseUrl}admin/sales-orders"),
            new("database", $"{simulator.DatabasePath} (sqlite)"),
            new("operator", $"{simulator.Operator} / {simulator.OperatorPassword} ({simulator.OperatorSeats} licence seat(s))"),
            new("company id", simulator.CompanyId),
        ];
    }

    /// <summary>Writes the e.net URL, database and credentials.</summary>
    public static void PrintBanner(RunningSysproSimulator simulator, TextWriter output) =>
        SimulatorBanner.Write(output, "SYSPRO simulator running", BannerLines(simulator));
}
