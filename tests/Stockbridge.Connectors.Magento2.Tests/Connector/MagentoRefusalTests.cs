using Stockbridge.Connectors.Magento2.Tests.Support;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>Magento's 400s carry <c>%1</c>-style placeholders and their parameters: the hub shows the rendered reason with the SKU.</summary>
public sealed class MagentoRefusalTests
{
    [Fact]
    public async Task A_product_without_a_price_fails_with_magentos_reason_and_the_sku_not_a_placeholder()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect();

        var outcomes = await connector.PushProductsAsync([TestStore.Simple("NP-1", 12m), TestStore.Simple("NP-2", null)], TestContext.Current.CancellationToken);

        outcomes[0].Succeeded.ShouldBeTrue(outcomes[0].Error);
        outcomes[1].Succeeded.ShouldBeFalse();
        outcomes[1].Error!.ShouldContain("NP-2");
        outcomes[1].Error!.ShouldContain("The value of attribute \"price\" must be set.");
        outcomes[1].Error!.ShouldNotContain("%1");
        (await store.Simulator.ReadProductAsync("NP-2", TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task The_same_refusal_through_the_bulk_api_is_read_back_from_the_operation_with_the_sku()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["bulk_threshold"] = "1" });

        var outcomes = await connector.PushProductsAsync([TestStore.Simple("NPB-1", 12m), TestStore.Simple("NPB-2", null)], TestContext.Current.CancellationToken);

        store.Simulator.Shop.Store.Read(s => s.Bulks.Count).ShouldBeGreaterThan(0);
        outcomes[0].Succeeded.ShouldBeTrue(outcomes[0].Error);
        outcomes[1].Error!.ShouldContain("NPB-2");
        outcomes[1].Error!.ShouldContain("failed, the input must change");
        outcomes[1].Error!.ShouldContain("The value of attribute \"price\" must be set.");
    }

    [Fact]
    public async Task A_stock_refusal_fails_only_its_sku_with_magentos_validation_message()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect();
        await connector.PushProductsAsync([TestStore.Simple("ST-1", 5m)], TestContext.Current.CancellationToken);

        var outcomes = await connector.PushStockAsync(
            [new("ST-1", null, 7, null, null), new("ST-MISSING", null, 3, null, null)], TestContext.Current.CancellationToken);

        outcomes[0].Succeeded.ShouldBeTrue(outcomes[0].Error);
        outcomes[1].Error!.ShouldContain("ST-MISSING");
        outcomes[1].Error!.ShouldContain("Validation Failed: Product with SKU \"ST-MISSING\" does not exist.");
        (await store.Simulator.ReadProductAsync("ST-1", TestContext.Current.CancellationToken))!.Quantity.ShouldBe(7m);
    }
}
