using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Endpoints;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Stock;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class StockPushTests
{
    [Fact]
    public async Task PushStock_WithTheRightExpectedQuantity_SetsIt()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        var link = (await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("S1", "S1-A"), ChannelProductStatus.Active, null)], Ct))[0].Link;

        var outcome = (await connector.PushStockAsync([new StockPush("S1-A", null, 42, 10, link)], Ct)).ShouldHaveSingleItem();
        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        (await connector.ReadSnapshotsAsync(["S1-A"], Ct))[0].Quantity.ShouldBe(42);
    }

    [Fact]
    public async Task PushStock_AfterASaleTheHubHasNotSeen_ThrowsConflictWithTheCurrentQuantityAndWritesNothing()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("S2", "S2-A"), ChannelProductStatus.Active, null)], Ct);
        await shop.StateAsync(s => InventoryAdjust.Apply(s, new InventoryAdjustRequest("S2-A", -3))); // a shopper bought 3: 10 → 7

        var conflict = await Should.ThrowAsync<ShopifyStockConflictException>(() => connector.PushStockAsync([new StockPush("S2-A", null, 20, 10, null)], Ct));
        var stale = conflict.Conflicts.ShouldHaveSingleItem();
        stale.Sku.ShouldBe("S2-A");
        stale.Expected.ShouldBe(10);
        stale.Current.ShouldBe(7);
        (await connector.ReadSnapshotsAsync(["S2-A"], Ct))[0].Quantity.ShouldBe(7);

        // The engine retries with fresh data: expected = what Shopify holds now, quantity recomputed by the hub.
        var retry = await connector.PushStockAsync([new StockPush("S2-A", null, 17, stale.Current, null)], Ct);
        retry.ShouldHaveSingleItem().Succeeded.ShouldBeTrue(retry[0].Error);
        (await connector.ReadSnapshotsAsync(["S2-A"], Ct))[0].Quantity.ShouldBe(17);
    }

    [Fact]
    public async Task PushStock_UnknownSku_FailsThatRecordOnly()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("S3", "S3-A"), ChannelProductStatus.Active, null)], Ct);

        var outcomes = await connector.PushStockAsync([new StockPush("NOPE", null, 1, null, null), new StockPush("S3-A", null, 4, null, null)], Ct);
        outcomes.Single(o => o.Key == "NOPE").Error!.ShouldContain("NOPE");
        outcomes.Single(o => o.Key == "S3-A").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task PushStock_ByWarehouseCode_WritesToTheMappedLocation()
    {
        await using var shop = await StartAsync();
        var cpt = await shop.StateAsync(s => Gid.For("Location", s.Locations[1].Id));
        var jhb = await shop.StateAsync(s => Gid.For("Location", s.Locations[0].Id));
        var map = new Dictionary<string, string> { [ShopifySettingKeys.LocationMap] = $"JHB={jhb}, CPT={cpt}" };
        var connector = ShopifyTestContext.Connector(shop, extra: map);
        var product = SampleCatalog.Product("S4", "S4-A");
        product = product with
        {
            Variants = [product.Variants[0] with { QtyAvailability = product.Variants[0].QtyAvailability.Add("JHB", 3).Add("CPT", 4) }],
        };
        await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], Ct);
        (await connector.ReadSnapshotsAsync(["S4-A"], Ct))[0].Quantity.ShouldBe(7);

        await connector.PushStockAsync([new StockPush("S4-A", "CPT", 9, 4, null)], Ct);
        var levels = await shop.StateAsync(s => s.Locations.Select(l => s.Available(s.VariantBySku("S4-A")!.InventoryItemId, l.Id)).ToList());
        levels.ShouldBe([3, 9]);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = global::Stockbridge.Connectors.Shopify.Simulator.Cost.ShopifyPlan.Plus }, Ct);
}
