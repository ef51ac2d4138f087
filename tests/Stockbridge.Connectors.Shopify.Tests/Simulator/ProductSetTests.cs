using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class ProductSetTests
{
    private const string Set = "mutation($i: ProductSetInput!, $k: ProductSetIdentifiers) { productSet(input: $i, identifier: $k) { product { id variants(first: 10) { nodes { sku } } } userErrors { field message code } } }";

    [Fact]
    public async Task ProductSet_VariantOmittedOnUpdate_IsDeleted()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.PostAsync(shop, Set, new { i = new { title = "Shirt", variants = new[] { Variant("A"), Variant("B") } }, k = new { handle = "shirt" } });
        var (_, body) = await AdminApi.PostAsync(shop, Set, new { i = new { variants = new[] { Variant("A") } }, k = new { handle = "shirt" } });

        body["data"]!["productSet"]!["product"]!["variants"]!["nodes"]!.AsArray().Select(n => n!["sku"]!.GetValue<string>()).ShouldBe(["A"]);
        (await shop.StateAsync(s => s.Products.Count)).ShouldBe(1);
        (await shop.StateAsync(s => s.VariantBySku("B"))).ShouldBeNull();
    }

    [Fact]
    public async Task ProductSet_NewProductWithoutTitle_ReturnsUserErrorAndSavesNothing()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var (_, body) = await AdminApi.PostAsync(shop, Set, new { i = new { variants = new[] { Variant("A") } } });
        var error = body["data"]!["productSet"]!["userErrors"]![0]!;
        error["code"]!.GetValue<string>().ShouldBe("BLANK");
        error["field"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["input", "title"]);
        (await shop.StateAsync(s => s.Products.Count)).ShouldBe(0);
    }

    [Fact]
    public async Task ProductSet_NegativePrice_ReturnsUserErrorOnThatVariant()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var bad = new { optionValues = new[] { new { optionName = "Title", name = "X" } }, sku = "X", price = "-1.00" };
        var (_, body) = await AdminApi.PostAsync(shop, Set, new { i = new { title = "Bad", variants = new[] { bad } } });
        var error = body["data"]!["productSet"]!["userErrors"]![0]!;
        error["field"]!.AsArray().Select(f => f!.ToString()).ShouldBe(["input", "variants", "0", "price"]);
        body["data"]!["productSet"]!["product"].ShouldBeNull();
    }

    private static object Variant(string sku) => new { optionValues = new[] { new { optionName = "Title", name = sku } }, sku, price = "5.00" };
}
