using System.Collections.Immutable;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento1.Tests.Simulator;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>A product with several variants is a configurable over its simples; pushed again it updates the same products.</summary>
public sealed class ConfigurableProductTests
{
    [Fact]
    public async Task Variants_become_simples_under_a_configurable_and_a_second_push_updates_them()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System);
        var product = new Product
        {
            SourceProductCode = "TEE",
            Title = "Tee",
            Options = ["Size"],
            Variants = [Variant("TEE-S", "S", 99.5m, 4), Variant("TEE-M", "M", 101m, 0)],
        };

        var link = Assert.Single(await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], TestContext.Current.CancellationToken)).Link;
        var hidden = product with { Title = "Tee (new)" };
        var again = Assert.Single(await connector.PushProductsAsync([new ProductPush(hidden, ChannelProductStatus.Hidden, link)], TestContext.Current.CancellationToken));

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(link!.ExternalId, again.Link!.ExternalId);
        var (configurable, simples) = store.Store.ReadProducts(all => (all.Single(p => p.Sku == "TEE"), all.Where(p => p.Type == "simple").OrderBy(p => p.Sku).ToList()));
        Assert.Equal("configurable", configurable.Type);
        Assert.Equal(["TEE-M", "TEE-S"], configurable.ChildSkus.Order());
        Assert.Equal(2, configurable.Status);
        Assert.Equal(["TEE-M", "TEE-S"], simples.Select(p => p.Sku));
        Assert.All(simples, p => Assert.Equal(1, p.Visibility));
        Assert.Equal("Tee (new) - S", simples[1].Name);
        Assert.False(simples[0].IsInStock);
        var shown = await store.ReadProductAsync("TEE-S", TestContext.Current.CancellationToken);
        Assert.Equal("Tee (new)", shown!.Title);
        Assert.False(shown.ForSale);
        var snapshot = await connector.ReadSnapshotsAsync(["TEE-S", "NOPE"], TestContext.Current.CancellationToken);
        Assert.Equal([new ChannelSnapshot("TEE-S", 4m, 99.5m, null, ChannelProductStatus.Hidden)], snapshot);
    }

    private static Variant Variant(string sku, string size, decimal price, int qty) => new()
    {
        SourceVariantCode = sku,
        Sku = sku,
        Option1 = size,
        Price = price,
        PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", price),
        Qty = qty,
    };
}
