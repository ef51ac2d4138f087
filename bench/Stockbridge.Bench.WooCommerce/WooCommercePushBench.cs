using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Bench.Shared;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce;
using Stockbridge.Connectors.WooCommerce.Settings;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

namespace Stockbridge.Bench.WooCommerce;

/// <summary>
/// Pushes N variants to a simulated WooCommerce store the way the hub does (only products whose projection hash changed),
/// counting the REST requests the store answered and the catalogue writes it made; then pushes the same catalogue again.
/// </summary>
public static class WooCommercePushBench
{
    public static async Task RunAsync(WooBenchOptions options, CancellationToken ct)
    {
        await using var store = await WooCommerceSimulator.StartAsync(new WooCommerceSimulatorOptions(), ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var settings = new Dictionary<string, string>(store.ConnectionSettings, StringComparer.Ordinal)
        {
            [WooCommerceSettingKeys.PriceTier] = "A", [WooCommerceSettingKeys.CompareAtPriceTier] = "RRP",
        };
        var connector = (IChannelConnector)new WooCommerceConnectorFactory().Create(
            new ConnectionContext("bench", "woocommerce-bench", settings, http, TimeProvider.System, NullLogger.Instance));
        var catalogue = GeneratedCatalogue.Generate(options.Variants, options.PerProduct);
        var run = new PushRun(connector, [], new Dictionary<string, ChannelLink>(), options.Batch);

        var (sent, elapsed) = await run.RunAsync(catalogue, ct);
        var requests = store.Shop.RestRequests;
        var writes = store.Shop.Read(s => s.CatalogWrites);
        var records = store.Shop.Read(s => (Products: s.TopLevelProducts.Count(), Variations: s.Products.Count - s.TopLevelProducts.Count()));
        var (resent, reElapsed) = await run.RunAsync(catalogue, ct);
        var reRequests = store.Shop.RestRequests - requests;
        var reWrites = store.Shop.Read(s => s.CatalogWrites) - writes;

        Console.WriteLine(MachineInfo.Describe());
        Print("catalogue", $"{options.Variants:N0} variants, {catalogue.Count:N0} products of {options.PerProduct}");
        Print("products per connector call", options.Batch.ToString(CultureInfo.InvariantCulture));
        Print("in the store", $"{records.Products:N0} products, {records.Variations:N0} variations");
        Print("REST requests", $"{requests:N0} ({(double)options.Variants / requests:0.0} variants per request)");
        Print("catalogue writes", writes.ToString("N0", CultureInfo.InvariantCulture));
        Print("wall time", $"{elapsed.TotalSeconds:0.0} s ({options.Variants / elapsed.TotalSeconds:N0} variants/s)");
        Print("unchanged re-sync", $"{resent} products sent, {reRequests} requests, {reWrites} writes, {reElapsed.TotalMilliseconds:0} ms");
    }

    private static void Print(string name, string value) => Console.WriteLine($"{name,-28} {value}");
}
