using System.Globalization;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>Parses the simulator's command line and prints where it listens and how to log on.</summary>
public static class SimulatorCommandLine
{
    /// <summary>Reads --port, --stock-codes, --operator, --operator-password, --operator-seats, --company, --db and --seed.</summary>
    public static SysproSimulatorOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        var defaults = new SysproSimulatorOptions();
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new SysproSimulatorOptions
        {
            Port = Int("port", 0),
            StockCodes = Int("stock-codes", defaults.StockCodes),
            Seed = Int("seed", defaults.Seed),
            Operator = values.GetValueOrDefault("operator", defaults.Operator),
            OperatorPassword = values.GetValueOrDefault("operator-password", defaults.OperatorPassword),
            OperatorSeats = Int("operator-seats", defaults.OperatorSeats),
            CompanyId = values.GetValueOrDefault("company", defaults.CompanyId),
            DatabasePath = values.GetValueOrDefault("db"),
        };
    }

    /// <summary>Writes the e.net URL, database and credentials.</summary>
    public static void PrintBanner(RunningSysproSimulator simulator, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("SYSPRO simulator running");
        output.WriteLine($"  e.net REST URL : {simulator.EnetUrl}");
        output.WriteLine($"  e.net SOAP URL : {simulator.EnetSoapUrl} (BasicHttp: TransactionPost, GetVersion)");
        output.WriteLine($"  admin          : {simulator.BaseUrl}admin/faults, {simulator.BaseUrl}admin/sales-orders");
        output.WriteLine($"  database       : {simulator.DatabasePath} (sqlite)");
        output.WriteLine($"  operator       : {simulator.Operator} / {simulator.OperatorPassword} ({simulator.OperatorSeats} licence seat(s))");
        output.WriteLine($"  company id     : {simulator.CompanyId}");
        output.WriteLine("Press Ctrl+C to stop.");
    }
}
