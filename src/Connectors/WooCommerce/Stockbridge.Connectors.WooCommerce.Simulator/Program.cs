using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Simulators.Hosting;

var options = WooCommerceSimulatorDescriptor.Parse(args);
await using var store = await WooCommerceSimulator.StartAsync(options);
SimulatorBanner.Write(Console.Out, "WooCommerce simulator running", store.Banner);
await SimulatorConsole.WaitForStopAsync();
