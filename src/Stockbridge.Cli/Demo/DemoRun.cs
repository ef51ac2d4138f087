using Stockbridge.Connectors.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Stockbridge.Demo;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;
using Stockbridge.Storage;
using Stockbridge.Storage.Access;
using Stockbridge.Web.Security;
using Stockbridge.Sync.Queries;

namespace Stockbridge.Cli.Demo;

/// <summary>One run of the demo: start the world and the hub, keep traffic flowing, show progress, check the outcome.</summary>
internal sealed class DemoRun(DemoRunOptions options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var world = await DemoEnvironment.StartAsync(new DemoOptions
        {
            Source = options.Source, Channel = options.Channels[0], ExtraChannels = [.. options.Channels.Skip(1)], HubPort = options.Port, StockCodes = options.StockCodes, Fulfillment = options.Fulfillment,
        }, cancellationToken);
        var names = new DemoNames(world);
        AnsiConsole.MarkupLine($"[bold]Stockbridge demo[/]: {Markup.Escape(names.Erp)} (simulator) ⇄ hub (embedded SQLite) ⇄ {Markup.Escape(names.Channel)} (simulator)"
            + (names.Fulfillment is { } service ? $", orders shipped by {Markup.Escape(service)} (simulator)" : ""));
        var config = new ConfigLoader(ConnectorCatalog.Factories, Environment.GetEnvironmentVariable).Load(world.ConfigPath);
        await using var hub = await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config,
            Connectors = ConnectorCatalog.Factories,
            ConfigureSync = s => s.SchedulerTick = TimeSpan.FromSeconds(1),
            ConfigureLogging = logging => logging.ClearProviders(),
        }, cancellationToken);
        await hub.StartAsync(cancellationToken);
        var store = hub.Services.GetRequiredService<IStore>();
        await AccessProvisioning.AddUserAsync(store, DemoIds.Client, DemoLogin.Email, DemoLogin.Password, AccessRoles.Admin, TimeProvider.System, cancellationToken);
        var trade = await DemoTradeStore.StartAsync(hub.Services, world.HubUrl, TimeSpan.FromSeconds(30), cancellationToken);
        PrintUrls(world, trade);

        var status = hub.Services.GetRequiredService<SyncStatusQuery>();
        var traffic = new DemoTraffic(world);
        using var stopTraffic = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.DurationSeconds is { } seconds) stopTraffic.CancelAfter(TimeSpan.FromSeconds(seconds));
        var progress = new DemoProgress(status, world, traffic, names);
        await Task.WhenAll(RunTrafficAsync(traffic, stopTraffic.Token), progress.ShowAsync(stopTraffic.Token));

        AnsiConsole.MarkupLine($"\n[bold]Traffic stopped.[/] Waiting for the hub to settle, then checking {Markup.Escape(names.Erp)} and {Markup.Escape(names.Channel)} themselves…");
        var verifier = new DemoVerifier(world, store);
        var verdict = await verifier.WaitForAsync(traffic.Placed, TimeSpan.FromSeconds(120), CancellationToken.None);
        DemoSummary.Print(verdict, traffic, await status.GetAsync(DemoIds.Client, CancellationToken.None), names);
        await hub.StopAsync(CancellationToken.None);
        if (options.DurationSeconds is null) return 0;
        return verdict.Ok && verdict.OrdersPlaced > 0 ? 0 : 1;
    }

    private async Task RunTrafficAsync(DemoTraffic traffic, CancellationToken stop)
    {
        var tick = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(options.OrderEvery, stop);
                await traffic.PlaceOrderAsync(stop);
                if (++tick % 2 == 0) await traffic.ChangeErpAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Duration reached or Ctrl-C: traffic ends, the hub finishes what it has.
        }
    }

    private static void PrintUrls(DemoEnvironment world, (Uri Url, string Email, string Customer)? trade)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("console", Markup.Escape(new Uri(world.HubUrl, "console").ToString()));
        grid.AddRow("console login", Markup.Escape($"{DemoLogin.Email} / {DemoLogin.Password}"));
        grid.AddRow("trade store", Markup.Escape(trade?.Url.ToString() ?? "not started: the ERP's customers were not pulled within 30 s"));
        if (trade is { } t) grid.AddRow("trade login", Markup.Escape($"{t.Email} / {DemoTradeStore.Password} (account {t.Customer})"));
        grid.AddRow("REST API", Markup.Escape(new Uri(world.HubUrl, "api/v1").ToString()) + " (token: stockbridge tokens create --client demo --name me --store <store>)");
        grid.AddRow("webhooks", Markup.Escape(world.WebhookUrl.ToString()));
        var simulators = new List<(string, Connectors.Simulation.IRunningSimulator)> { (DemoNames.Of(world.SourceModule), world.Source) };
        simulators.AddRange(world.Channels.Select(c => (c.Name, (Connectors.Simulation.IRunningSimulator)c.Simulator)));
        if (world.FulfillmentModule is { } module && world.Fulfillment is { } warehouse) simulators.Add((DemoNames.Of(module), warehouse));
        foreach (var (name, simulator) in simulators)
        {
            foreach (var line in simulator.Banner) grid.AddRow(Markup.Escape($"{name} {line.Label}"), Markup.Escape(line.Value));
        }
        grid.AddRow("config file", Markup.Escape(world.ConfigPath));
        grid.AddRow("store", Markup.Escape(world.StorePath));
        AnsiConsole.Write(grid);
        AnsiConsole.MarkupLine(Markup.Escape($"Inspect it while it runs: stockbridge status --store {world.StorePath}   ·   stockbridge orders list --store {world.StorePath}"));
    }
}
