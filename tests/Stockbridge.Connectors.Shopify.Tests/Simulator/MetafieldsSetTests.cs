using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class MetafieldsSetTests
{
    private const string Set = "mutation($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { key value compareDigest } userErrors { field message code elementIndex } } }";

    [Fact]
    public async Task MetafieldsSet_OneBadEntry_SavesNothingAndPointsAtIt()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var owner = await ProductAsync(shop);
        var m = new object[]
        {
            new { ownerId = owner, @namespace = "custom", key = "a", type = "single_line_text_field", value = "1" },
            new { ownerId = "gid://shopify/Product/1", @namespace = "custom", key = "b", type = "single_line_text_field", value = "2" },
        };
        var (_, body) = await AdminApi.PostAsync(shop, Set, new { m });
        var error = body["data"]!["metafieldsSet"]!["userErrors"]![0]!;
        error["elementIndex"]!.GetValue<int>().ShouldBe(1);
        (await shop.StateAsync(s => s.Metafields.Count)).ShouldBe(0);
    }

    [Fact]
    public async Task MetafieldsSet_CompareDigest_GuardsAgainstLostUpdates()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var owner = await ProductAsync(shop);
        var create = new[] { new { ownerId = owner, @namespace = "custom", key = "k", type = "single_line_text_field", value = "v1", compareDigest = (string?)null } };
        var digest = (await AdminApi.PostAsync(shop, Set, new { m = create })).Body["data"]!["metafieldsSet"]!["metafields"]![0]!["compareDigest"]!.GetValue<string>();

        Code(await AdminApi.PostAsync(shop, Set, new { m = create })).ShouldBe("STALE_OBJECT"); // null = must not exist yet
        var update = new[] { new { ownerId = owner, @namespace = "custom", key = "k", type = "single_line_text_field", value = "v2", compareDigest = digest } };
        Code(await AdminApi.PostAsync(shop, Set, new { m = update })).ShouldBeNull();
        Code(await AdminApi.PostAsync(shop, Set, new { m = update })).ShouldBe("STALE_OBJECT"); // the digest moved on
        (await shop.StateAsync(s => s.Metafields.Single().Value)).ShouldBe("v2");
    }

    [Fact]
    public async Task MetafieldsSet_MoreThan25_IsRefused()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var owner = await ProductAsync(shop);
        var m = Enumerable.Range(0, 26).Select(i => new { ownerId = owner, @namespace = "custom", key = $"k{i}", type = "number_integer", value = "1" }).ToArray();
        Code(await AdminApi.PostAsync(shop, Set, new { m })).ShouldBe("LESS_THAN_OR_EQUAL_TO");
    }

    private static async Task<string> ProductAsync(ShopifySimulatorHost shop)
    {
        await AdminApi.CreateProductAsync(shop, "Owner", 1, "META-1");
        return await shop.StateAsync(s => Gid.For("Product", s.VariantBySku("META-1")!.ProductId));
    }

    private static string? Code((int Status, JsonNode Body) response) =>
        response.Body["data"]!["metafieldsSet"]!["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();
}
