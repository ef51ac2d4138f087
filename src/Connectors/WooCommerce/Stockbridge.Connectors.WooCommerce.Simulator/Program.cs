using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Simulators.Hosting;

WooCommerceSimulatorOptions options;
try
{
    options = WooCommerceSimulatorDescriptor.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
await using var store = await WooCommerceSimulator.StartAsync(options);
SimulatorBanner.Write(Console.Out, "WooCommerce simulator running", store.Banner);
await SimulatorConsole.WaitForStopAsync();
return 0;
