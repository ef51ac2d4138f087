using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class BulkPushTests
{
    [Fact]
    public async Task PushProducts_LargeBatch_GoesThroughABulkOperationAndLinksEveryProduct()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var connector = ShopifyTestContext.Connector(shop);
        var products = Enumerable.Range(0, ShopifyConstants.BulkThreshold).Select(i => SampleCatalog.Product($"BULK-{i}", $"BULK-{i}-A", $"BULK-{i}-B")).ToList();
        products[3] = products[3] with { Variants = [products[3].Variants[0] with { Price = -1 }] };

        var outcomes = await connector.PushProductsAsync([.. products.Select(p => new ProductPush(p, ChannelProductStatus.Active, null))], TestContext.Current.CancellationToken);

        outcomes.Count.ShouldBe(products.Count);
        outcomes[3].Error!.ShouldContain("INVALID_VARIANT");
        outcomes.Where((_, i) => i != 3).ShouldAllBe(o => o.Succeeded && o.Link!.Ids.Count == 4);
        (await shop.StateAsync(s => s.Products.Count)).ShouldBe(products.Count - 1);
        (await shop.StateAsync(s => s.BulkOperations.ShouldHaveSingleItem().Status)).ShouldBe("COMPLETED");
        shop.Runtime.Bucket.TotalCharged.ShouldBeLessThan(200); // the bulk run itself is not charged per product
    }

    [Fact]
    public async Task BulkRun_Before202601_AllowsOneAtATime()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await shop.StateAsync(s =>
        {
            s.StagedFiles["f"] = "{}\n"u8.ToArray();
            s.BulkOperations.Add(new global::Stockbridge.Connectors.Shopify.Simulator.State.SimBulkOperation { Id = 1, Query = "mutation { x }", Status = "RUNNING" });
            return 0;
        });
        const string run = "mutation { bulkOperationRunMutation(mutation: \"mutation call { shop }\", stagedUploadPath: \"f\") { bulkOperation { id } userErrors { code } } }";
        var (_, old) = await AdminApi.PostAsync(shop, run, version: "2025-10");
        old["data"]!["bulkOperationRunMutation"]!["userErrors"]![0]!["code"]!.GetValue<string>().ShouldBe("OPERATION_IN_PROGRESS");
        const string missing = "mutation { bulkOperationRunMutation(mutation: \"mutation call($input: ProductSetInput!) { productSet(input: $input) { product { id } } }\", stagedUploadPath: \"nope\") { userErrors { code } } }";
        var (_, none) = await AdminApi.PostAsync(shop, missing);
        none["data"]!["bulkOperationRunMutation"]!["userErrors"]![0]!["code"]!.GetValue<string>().ShouldBe("NO_SUCH_FILE");
    }
}
