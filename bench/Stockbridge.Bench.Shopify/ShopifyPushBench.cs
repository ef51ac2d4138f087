using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Bench.Shared;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Bench.Shopify;

/// <summary>Pushes N variants to a simulated shop, compares the wall time with the cost budget's minimum, then re-syncs unchanged.</summary>
public static class ShopifyPushBench
{
    public static async Task RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = options.Plan }, ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var settings = new Dictionary<string, string>
        {
            [ShopifySettingKeys.ShopDomain] = shop.ShopDomain, [ShopifySettingKeys.AdminApiBaseUrl] = shop.AdminApiBaseUrl,
            [ShopifySettingKeys.AccessToken] = shop.AccessToken, [ShopifySettingKeys.WebhookSecret] = shop.WebhookSecret,
            [ShopifySettingKeys.PriceTier] = "A", [ShopifySettingKeys.CompareAtPriceTier] = "RRP",
        };
        var connector = (ShopifyConnector)new ShopifyConnectorFactory().Create(
            new ConnectionContext("bench", "shopify-bench", settings, http, TimeProvider.System, NullLogger.Instance));
        var catalogue = GeneratedCatalogue.Generate(options.Variants, options.PerProduct);
        var run = new PushRun(connector, [], new Dictionary<string, ChannelLink>(), options.Batch);
        var bucket = shop.Runtime.Bucket;

        var (sent, elapsed) = await run.RunAsync(catalogue, ct);
        var cost = bucket.TotalCharged;
        var minimum = Math.Max(0, (cost - bucket.Capacity) / bucket.RestoreRate);
        var variants = await shop.ReadAsync(s => s.AllVariants.Count(), ct);
        var writesBefore = await shop.ReadAsync(s => s.AdminWrites, ct);
        var (resent, reElapsed) = await run.RunAsync(catalogue, ct);
        var writesAfter = await shop.ReadAsync(s => s.AdminWrites, ct);

        Print("plan", $"{options.Plan} (bucket {bucket.Capacity:0}, restore {bucket.RestoreRate:0}/s)");
        Print("path", options.Batch >= ShopifyConstants.BulkThreshold ? $"bulk operation (batches of {options.Batch})" : $"productSet, 10 per request (batches of {options.Batch})");
        Print("products pushed", $"{sent:N0} ({variants:N0} variants in the shop)");
        Print("wall time", $"{elapsed.TotalSeconds:0.0} s ({variants / elapsed.TotalSeconds:N0} variants/s)");
        Print("points charged", $"{cost:N0}");
        Print("minimum the budget allows", $"{minimum:0.0} s = (points − bucket) ÷ restore rate");
        Print("wall ÷ minimum", minimum > 0 ? $"{elapsed.TotalSeconds / minimum:0.00}" : "n/a (fits in the bucket)");
        Print("THROTTLED waits", run.RateLimitedWaits.ToString(CultureInfo.InvariantCulture));
        Print("unchanged re-sync", $"{resent} products sent, {writesAfter - writesBefore} writes, {reElapsed.TotalMilliseconds:0} ms");
    }

    private static void Print(string name, string value) => Console.WriteLine($"{name,-28} {value}");
}
