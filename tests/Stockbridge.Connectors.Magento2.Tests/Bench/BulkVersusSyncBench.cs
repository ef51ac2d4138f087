using System.Collections.Immutable;
using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento2.Tests.Support;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Magento2.Tests.Bench;

/// <summary>
/// The same configurable catalogue (10 sizes a product) pushed synchronously and through the async bulk API, each into its
/// own simulated store, timed. 200 variants by default; <c>STOCKBRIDGE_M2_BENCH_VARIANTS=10000</c> runs the issue's
/// 10,000 (numbers in the test output). Both paths must leave the same catalogue: every child linked, every price set.
/// </summary>
public sealed class BulkVersusSyncBench
{
    [Fact]
    public async Task Bulk_and_synchronous_pushes_leave_the_same_catalogue_and_are_timed()
    {
        var variants = int.TryParse(Environment.GetEnvironmentVariable("STOCKBRIDGE_M2_BENCH_VARIANTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 200;
        var products = Catalogue(Math.Max(1, variants / 10));

        var sync = await PushAsync(products, bulk: false);
        var bulk = await PushAsync(products, bulk: true);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{products.Count * 10} variants in {products.Count} configurable products: synchronous {sync.Elapsed.TotalSeconds:0.0} s ({sync.Calls} bulks), bulk API {bulk.Elapsed.TotalSeconds:0.0} s ({bulk.Calls} bulks)"));
        bulk.Calls.ShouldBeGreaterThan(0);
        sync.Calls.ShouldBe(0);
        bulk.Catalogue.ShouldBe(sync.Catalogue);
    }

    private static async Task<(TimeSpan Elapsed, int Calls, string Catalogue)> PushAsync(List<ProductPush> products, bool bulk)
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["bulk_threshold"] = bulk ? "1" : "1000000" });
        var started = TimeProvider.System.GetTimestamp();
        var outcomes = await connector.PushProductsAsync(products, TestContext.Current.CancellationToken);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        outcomes.ShouldAllBe(o => o.Succeeded);
        var catalogue = store.Simulator.Shop.Store.Read(s => string.Join('\n', s.Products.Values.OrderBy(p => p.Sku, StringComparer.Ordinal)
            .Select(p => $"{p.Sku} {p.TypeId} {p.Status} {p.Visibility} {p.PriceFor(1)} {string.Join(',', p.Children)} {s.Salable(p.Sku)}")));
        return (elapsed, store.Simulator.Shop.Store.Read(s => s.Bulks.Count), catalogue);
    }

    private static List<ProductPush> Catalogue(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ProductPush(new Product
        {
            SourceProductCode = $"BN{i:00000}",
            Title = $"Bench boot {i}",
            Options = ["Size"],
            Variants = [.. Enumerable.Range(1, 10).Select(size => new Variant
            {
                SourceVariantCode = $"BN{i:00000}-{size}", Sku = $"BN{i:00000}-{size}", Option1 = size.ToString(CultureInfo.InvariantCulture),
                Price = 500m + size, PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 500m + size), Qty = size,
            })],
        }, ChannelProductStatus.Active, null))];
}
