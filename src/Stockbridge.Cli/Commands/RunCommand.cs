using Stockbridge.Connectors.Catalog;
using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Stockbridge.Hosting.Host;
using Stockbridge.Hosting.Stores;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge run --config &lt;file&gt;</c>: the hub process (webhooks, workers, schedules) until Ctrl-C.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the hub from a config file: webhook intake, job workers and scheduled syncs, until Ctrl-C.");
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var config = HubSession.LoadConfig(parse)
                    ?? throw new CommandException("no config file: pass --config <file> (see samples/stockbridge.json)");
                if (parse.GetValue(CommonOptions.Store) is { } store) config = HubSession.WithStore(config, store);
                var app = await HubHost.BuildAsync(new HubHostSettings { Config = config, Connectors = ConnectorCatalog.Factories }, ct);
                Console.WriteLine($"Stockbridge hub listening on {config.Config.Listen} (store {StoreOpener.Describe(config.StoreLocation)}); Ctrl-C stops it.");
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
                return 0;
            }
            catch (Exception e) when (CommandRunner.Report(e)) { return 2; }
        });
        return command;
    }
}
