using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.Endpoints;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Push;

/// <summary>The hub's stock push jobs against the Shopify simulator, through the real Shopify connector.</summary>
public sealed class ShopifyStockRetryTests
{
    [Fact]
    public async Task StaleThenMatch_TheRetrySendsAFreshKey_AndTheJobSucceedsWithTheShopsQuantityRight()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await SyncHarness.StartAsync();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = ShopifyPlan.Plus }, ct);
        var race = new RestockAfterStaleAnswer(shop, "S1", 3);
        using var http = new HttpClient(race) { Timeout = TimeSpan.FromSeconds(20) };
        var source = await hub.AddSourceAsync("erp");
        await hub.AddChannelAsync("shop", new ShopifyConnector(
            new ConnectionContext(SyncHarness.Client, "shop", shop.ConnectionSettings(), http, TimeProvider.System, NullLogger.Instance)));

        source.Put(TestData.Product("S1", jhb: 187, cpt: 0));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        (await AvailableAsync(shop, "S1")).ShouldBe(187);

        // A shopper buys 3 (the hub has not seen the order), then the ERP receives stock. The push expecting 187 meets
        // 184 and is refused; before the connector re-reads, the order is cancelled and its 3 restocked: the shop holds
        // 187 again, exactly what the retry expects.
        await shop.ReadAsync(s => InventoryAdjust.Apply(s, new InventoryAdjustRequest("S1", -3)), ct);
        race.Armed = true;
        source.Put(TestData.Product("S1", jhb: 200, cpt: 0));
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();

        race.Fired.ShouldBeTrue("the push met a stale quantity first");
        var push = (await hub.JobsAsync(SyncJobKinds.ChannelPushStock)).ShouldHaveSingleItem();
        push.State.ShouldBe(JobState.Succeeded, push.LastError);
        push.Attempts.ShouldBe(2);
        (await AvailableAsync(shop, "S1")).ShouldBe(200);
    }

    private static Task<int?> AvailableAsync(ShopifySimulatorHost shop, string sku) =>
        shop.ReadAsync(s => s.Available(s.VariantBySku(sku)!.InventoryItemId, s.Locations[0].Id), TestContext.Current.CancellationToken);

    /// <summary>Once armed: after the first CHANGE_FROM_QUANTITY_STALE answer, puts <c>units</c> back on the shop's shelf.</summary>
    private sealed class RestockAfterStaleAnswer(ShopifySimulatorHost shop, string sku, int units) : DelegatingHandler(new HttpClientHandler())
    {
        public volatile bool Armed;
        public volatile bool Fired;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!Armed || Fired) return response;
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            if (!(await response.Content.ReadAsStringAsync(cancellationToken)).Contains("CHANGE_FROM_QUANTITY_STALE", StringComparison.Ordinal)) return response;
            Fired = true;
            await shop.ReadAsync(s => InventoryAdjust.Apply(s, new InventoryAdjustRequest(sku, units)), cancellationToken);
            return response;
        }
    }
}
