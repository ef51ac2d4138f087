using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Simulators.Hosting;

// A SYSPRO simulator on its own: e.net REST plus a SQLite company database.
// Usage: --port 0 --stock-codes 200 --operator STOCKBRIDGE --operator-password sb-operator --company L --db ./syspro.db
var options = SimulatorCommandLine.Parse(args);
await using var simulator = await SysproSimulator.StartAsync(options);
SimulatorCommandLine.PrintBanner(simulator, Console.Out);
await SimulatorConsole.WaitForStopAsync();
