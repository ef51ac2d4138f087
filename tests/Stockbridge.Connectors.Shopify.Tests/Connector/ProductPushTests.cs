using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class ProductPushTests
{
    private static readonly Dictionary<string, string> Tiers = new()
    {
        [ShopifySettingKeys.PriceTier] = "A",
        [ShopifySettingKeys.CompareAtPriceTier] = "RRP",
    };

    [Fact]
    public async Task PushProducts_NewProduct_ReturnsLinksAndTheShopHoldsTieredPricesAndStock()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop, extra: Tiers);
        var outcomes = await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("TSHIRT", "TS-S", "TS-M"), ChannelProductStatus.Active, null)], Ct);

        var outcome = outcomes.ShouldHaveSingleItem();
        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        outcome.Link!.ExternalId.ShouldStartWith("gid://shopify/Product/");
        outcome.Link.Ids.Keys.ShouldBe(["variant:TS-S", "inventory_item:TS-S", "variant:TS-M", "inventory_item:TS-M"], ignoreOrder: true);
        var snapshots = await connector.ReadSnapshotsAsync(["TS-S", "TS-M"], Ct);
        snapshots.Single(s => s.Sku == "TS-S").ShouldBe(new ChannelSnapshot("TS-S", 10, 100m, 150m, ChannelProductStatus.Active));
        snapshots.Single(s => s.Sku == "TS-M").ShouldBe(new ChannelSnapshot("TS-M", 11, 101m, 151m, ChannelProductStatus.Active));
    }

    [Fact]
    public async Task PushProducts_AgainWithLink_UpdatesTheSameProductAndDropsOmittedVariants()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        var first = (await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("CAP", "CAP-1", "CAP-2"), ChannelProductStatus.Active, null)], Ct))[0];
        var changed = SampleCatalog.Product("CAP", "CAP-1") with { Title = "Cap, renamed" };
        var second = (await connector.PushProductsAsync([new ProductPush(changed, ChannelProductStatus.Active, first.Link)], Ct))[0];

        second.Link!.ExternalId.ShouldBe(first.Link!.ExternalId);
        (await shop.StateAsync(s => s.Products.Values.Select(p => p.Title).ToList())).ShouldBe(["Cap, renamed"]);
        (await shop.StateAsync(s => s.VariantBySku("CAP-2"))).ShouldBeNull();
    }

    [Fact]
    public async Task PushProducts_AgainWithChangedPriceAndStock_UpdatesBoth()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        var product = SampleCatalog.Product("MUG", "MUG-A");
        var first = (await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], Ct))[0];
        var changed = product with { Variants = [product.Variants[0] with { Price = 120m, Qty = 3 }] };
        await connector.PushProductsAsync([new ProductPush(changed, ChannelProductStatus.Active, first.Link)], Ct);

        var snap = (await connector.ReadSnapshotsAsync(["MUG-A"], Ct)).ShouldHaveSingleItem();
        (snap.Price, snap.Quantity).ShouldBe((120m, 3m));
    }

    [Fact]
    public async Task PushProducts_InactiveProduct_FollowsTheInactiveRule()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop, extra: new Dictionary<string, string> { [ShopifySettingKeys.InactiveRule] = "archived" });
        var product = SampleCatalog.Product("OLD", "OLD-1") with { Active = false };
        await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], Ct);
        (await connector.ReadSnapshotsAsync(["OLD-1"], Ct)).ShouldHaveSingleItem().Status.ShouldBe(ChannelProductStatus.Archived);
    }

    [Fact]
    public async Task PushProducts_OneInvalidProduct_FailsAloneWithShopifysReason()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        var bad = SampleCatalog.Product("BAD", "BAD-1");
        bad = bad with { Variants = [bad.Variants[0] with { Price = -5 }] };
        var outcomes = await connector.PushProductsAsync([new ProductPush(bad, ChannelProductStatus.Active, null), new ProductPush(SampleCatalog.Product("GOOD", "GOOD-1"), ChannelProductStatus.Active, null)], Ct);

        outcomes[0].Succeeded.ShouldBeFalse();
        outcomes[0].Error!.ShouldContain("INVALID_VARIANT");
        outcomes[1].Succeeded.ShouldBeTrue(outcomes[1].Error);
    }

    [Fact]
    public async Task EmptyBatches_WriteNothing()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        await connector.PushProductsAsync([new ProductPush(SampleCatalog.Product("ONE", "ONE-1"), ChannelProductStatus.Active, null)], Ct);
        var writes = await shop.StateAsync(s => s.AdminWrites);

        (await connector.PushProductsAsync([], Ct)).ShouldBeEmpty();
        (await connector.PushStockAsync([], Ct)).ShouldBeEmpty();
        (await shop.StateAsync(s => s.AdminWrites)).ShouldBe(writes);
    }

    [Fact]
    public async Task PushProducts_ConnectorPerJob_ReadsTheDefaultLocationOncePerShopUntilItIsStale()
    {
        await using var shop = await StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var counting = new LocationQueryCounter();
        using var http = new HttpClient(counting);
        ShopifyConnector Fresh() // the registry makes one connector per job
        {
            var context = ShopifyTestContext.For(shop, time, extra: Tiers);
            return (ShopifyConnector)new ShopifyConnectorFactory().Create(new ConnectionContext(context.ClientId, context.ConnectionId, context.Settings, http, time, context.Logger));
        }

        foreach (var code in (string[])["P1", "P2", "P3"])
            (await Fresh().PushProductsAsync([new ProductPush(SampleCatalog.Product(code, $"{code}-S"), ChannelProductStatus.Active, null)], Ct)).ShouldAllBe(o => o.Succeeded);
        counting.LocationQueries.ShouldBe(1);

        time.Advance(ShopifyConstants.DefaultLocationTtl + TimeSpan.FromSeconds(1));
        (await Fresh().PushProductsAsync([new ProductPush(SampleCatalog.Product("P4", "P4-S"), ChannelProductStatus.Active, null)], Ct)).ShouldAllBe(o => o.Succeeded);
        counting.LocationQueries.ShouldBe(2);
    }

    private sealed class LocationQueryCounter() : DelegatingHandler(new HttpClientHandler())
    {
        private int _count;

        public int LocationQueries => Volatile.Read(ref _count);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains("locations(first: 1)", StringComparison.Ordinal))
                Interlocked.Increment(ref _count);
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = global::Stockbridge.Connectors.Shopify.Simulator.Cost.ShopifyPlan.Plus }, Ct);
}
