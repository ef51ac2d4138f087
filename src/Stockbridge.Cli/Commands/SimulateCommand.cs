using System.CommandLine;
using Stockbridge.Connectors.Catalog;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge simulate &lt;key&gt;</c>: one outside system's simulator on its own, until Ctrl-C.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var command = new Command("simulate", "Run one outside system's simulator on its own (127.0.0.1), printing its URL and credentials.");
        foreach (var module in ConnectorCatalog.Modules) command.Subcommands.Add(Simulate(module.Simulator));
        return command;
    }

    private static Command Simulate(ISimulatorDescriptor simulator)
    {
        var flags = string.Join(" ", simulator.Flags.Select(f => $"{f.Name} {f.Value}"));
        var command = new Command(simulator.Key, $"{simulator.Summary} Flags: {flags}")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, ct) =>
        {
            IRunningSimulator running;
            try
            {
                running = await simulator.StartAsync(new SimulatorStart { Arguments = [.. parse.UnmatchedTokens] }, ct);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine($"flags: {flags}");
                return 2;
            }
            await using (running)
            {
                SimulatorBanner.Write(Console.Out, $"{simulator.Key} simulator listening on {running.BaseUrl}", running.Banner);
                return await WaitForStopAsync(ct);
            }
        });
        return command;
    }

    private static async Task<int> WaitForStopAsync(CancellationToken ct)
    {
        try { await Task.Delay(Timeout.Infinite, ct); }
        catch (OperationCanceledException) { /* Ctrl+C */ }
        return 0;
    }
}
