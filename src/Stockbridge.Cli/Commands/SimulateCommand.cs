using System.CommandLine;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using ShopifyCommandLine = Stockbridge.Connectors.Shopify.Simulator.Hosting.SimulatorCommandLine;
using SysproCommandLine = Stockbridge.Connectors.Syspro.Simulator.Hosting.SimulatorCommandLine;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge simulate &lt;system&gt;</c>: one outside system's simulator on its own, until Ctrl-C.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var command = new Command("simulate", "Run one outside system's simulator on its own (127.0.0.1), printing its URL and credentials.");
        command.Subcommands.Add(Syspro());
        command.Subcommands.Add(Shopify());
        return command;
    }

    private static Command Syspro()
    {
        var command = new Command("syspro", "SYSPRO e.net REST and a seeded company database. Flags: --port N --stock-codes N --operator NAME --operator-password PW --company ID --db FILE")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = SysproCommandLine.Parse(parse.UnmatchedTokens);
            await using var simulator = await SysproSimulator.StartAsync(options, ct);
            SysproCommandLine.PrintBanner(simulator, Console.Out);
            return await WaitForStopAsync(ct);
        });
        return command;
    }

    private static Command Shopify()
    {
        var command = new Command("shopify", "Shopify Admin GraphQL API with webhooks and a shopper endpoint. Flags: --port N --plan standard|advanced|plus --shop DOMAIN --token TOKEN --webhook-secret SECRET")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = ShopifyCommandLine.Parse(parse.UnmatchedTokens);
            await using var shop = await ShopifySimulator.StartAsync(options, ct);
            Console.WriteLine($"Shopify simulator ({options.Plan}) listening");
            Console.WriteLine($"  shop domain:     {shop.ShopDomain}");
            Console.WriteLine($"  admin API base:  {shop.AdminApiBaseUrl}");
            Console.WriteLine($"  access token:    {shop.AccessToken}");
            Console.WriteLine($"  webhook secret:  {shop.WebhookSecret}");
            Console.WriteLine("Press Ctrl+C to stop.");
            return await WaitForStopAsync(ct);
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
