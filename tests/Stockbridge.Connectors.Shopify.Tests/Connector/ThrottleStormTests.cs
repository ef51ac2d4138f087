using System.Diagnostics;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Domain.Catalog;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class ThrottleStormTests
{
    [Fact]
    public async Task Sync_UnderAThrottleStormLasting20TimesANormalRun_FinishesWithTheRightState()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var connector = ShopifyTestContext.Connector(shop);

        await SyncAsync(connector, Catalog("WARM", 2), new RetryLoop()); // JIT and connection warm-up, not timed
        var normal = Stopwatch.StartNew();
        await SyncAsync(connector, Catalog("NORMAL", 6), new RetryLoop());
        normal.Stop();

        // 20 × the same sync's normal run time (at least 0.5 s so the storm is seen; capped at 20 s to bound the test).
        var storm = TimeSpan.FromTicks(Math.Clamp(normal.Elapsed.Ticks * 20, TimeSpan.FromMilliseconds(500).Ticks, TimeSpan.FromSeconds(20).Ticks));
        shop.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, DurationMs = (int)storm.TotalMilliseconds });
        var loop = new RetryLoop();
        var products = Catalog("STORM", 6);
        var during = Stopwatch.StartNew();
        await SyncAsync(connector, products, loop);
        during.Stop();

        // The storm was waited through: by the connector re-sending after THROTTLED within its budget, and past that by
        // the caller's retry loop honouring RateLimitedException.RetryAfter (as the engine does).
        during.Elapsed.ShouldBeGreaterThanOrEqualTo(storm - TimeSpan.FromMilliseconds(100));
        var skus = products.SelectMany(p => p.Variants.Select(v => v.Sku)).ToList();
        var snapshots = await connector.ReadSnapshotsAsync(skus, TestContext.Current.CancellationToken);
        snapshots.Count.ShouldBe(skus.Count);
        foreach (var variant in products.SelectMany(p => p.Variants))
        {
            var snap = snapshots.Single(s => s.Sku == variant.Sku);
            (snap.Price, snap.Quantity).ShouldBe((variant.Price, 50m));
        }
        (await shop.StateAsync(s => s.Products.Count)).ShouldBe(2 + 6 + 6);
    }

    private static async Task SyncAsync(ShopifyConnector connector, IReadOnlyList<Product> products, RetryLoop loop)
    {
        var limit = TimeSpan.FromSeconds(30);
        var pushed = await loop.RunAsync(() => connector.PushProductsAsync([.. products.Select(p => new ProductPush(p, ChannelProductStatus.Active, null))], TestContext.Current.CancellationToken), limit);
        pushed.ShouldAllBe(o => o.Succeeded);
        var stock = products.SelectMany(p => p.Variants.Select(v => new StockPush(v.Sku, null, 50, v.Qty, pushed.Single(o => o.Key == p.SourceProductCode).Link))).ToList();
        var written = await loop.RunAsync(() => connector.PushStockAsync(stock, TestContext.Current.CancellationToken), limit);
        written.ShouldAllBe(o => o.Succeeded);
    }

    private static List<Product> Catalog(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => SampleCatalog.Product($"{prefix}-{i}", $"{prefix}-{i}-A", $"{prefix}-{i}-B"))];
}
