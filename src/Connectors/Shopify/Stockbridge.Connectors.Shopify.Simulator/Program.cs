using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Simulators.Hosting;

var options = SimulatorCommandLine.Parse(args);
await using var shop = await ShopifySimulator.StartAsync(options);
SimulatorCommandLine.PrintBanner(shop, options.Plan, Console.Out);
await SimulatorConsole.WaitForStopAsync();
