using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>Product pushes against a stub that answers the batch endpoints as WooCommerce does (HTTP 200 with per-element errors).</summary>
public sealed class ProductPushTests
{
    private static Product Simple(string code, string sku, decimal price) => new()
    {
        SourceProductCode = code,
        Title = code,
        Variants = [new Variant { SourceVariantCode = sku, Sku = sku, Price = price, Qty = 7.6m }],
    };

    private static Product Shirt() => new()
    {
        SourceProductCode = "SHIRT",
        Title = "Shirt",
        Options = ["Size"],
        Variants =
        [
            new Variant { SourceVariantCode = "S", Sku = "SHIRT-S", Option1 = "S", Price = 100m, Qty = 3,
                PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("RRP", 120m) },
            new Variant { SourceVariantCode = "M", Sku = "SHIRT-M", Option1 = "M", Price = 100m, Qty = 0 },
        ],
    };

    [Fact]
    public async Task A_refused_element_fails_only_its_own_product_with_woocommerces_message()
    {
        var handler = new StubHandler((request, body) => request.RequestUri!.AbsolutePath switch
        {
            // The duplicate SKU belongs to some other product: the lookup by SKU finds nothing the push made.
            "/wp-json/wc/v3/products" when request.Method == HttpMethod.Get => (HttpStatusCode.OK, "[]"),
            "/wp-json/wc/v3/products/batch" => (HttpStatusCode.OK, """
                {"create":[
                  {"id":11,"sku":"A-1"},
                  {"id":0,"error":{"code":"product_invalid_sku","message":"Invalid or duplicated SKU.","data":{"status":400}}},
                  {"id":13}
                ],"update":[]}
                """),
            "/wp-json/wc/v3/products/13/variations/batch" => (HttpStatusCode.OK, """{"create":[{"id":131,"sku":"SHIRT-S"},{"id":132,"sku":"SHIRT-M"}],"update":[]}"""),
            _ => (HttpStatusCode.NotFound, """{"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}}"""),
        });
        var connector = new WooCommerceConnector(TestConnection.Context(handler, extra: new Dictionary<string, string> { ["compare_at_price_tier"] = "RRP" }));

        var outcomes = await connector.PushProductsAsync(
        [
            new ProductPush(Simple("A", "A-1", 10m), ChannelProductStatus.Active, null),
            new ProductPush(Simple("B", "B-1", 20m), ChannelProductStatus.Hidden, null),
            new ProductPush(Shirt(), ChannelProductStatus.Active, null),
        ], TestContext.Current.CancellationToken);

        outcomes.Select(o => o.Key).ShouldBe(["A", "B", "SHIRT"]);
        outcomes[0].Succeeded.ShouldBeTrue();
        outcomes[0].Link!.ExternalId.ShouldBe("11");
        outcomes[0].Link!.Ids["product:A-1"].ShouldBe("11");
        outcomes[1].Succeeded.ShouldBeFalse();
        outcomes[1].Error.ShouldBe("Invalid or duplicated SKU. (product_invalid_sku)");
        outcomes[2].Succeeded.ShouldBeTrue(outcomes[2].Error);
        outcomes[2].Link!.ExternalId.ShouldBe("13");
        outcomes[2].Link!.Ids["variation:SHIRT-S"].ShouldBe("131");
        outcomes[2].Link!.Ids["variation:SHIRT-M"].ShouldBe("132");

        using var products = JsonDocument.Parse(handler.Requests[0].Body);
        var creates = products.RootElement.GetProperty("create");
        creates[0].GetProperty("type").GetString().ShouldBe("simple");
        creates[0].GetProperty("sku").GetString().ShouldBe("A-1");
        creates[0].GetProperty("regular_price").GetString().ShouldBe("10.00");
        creates[0].GetProperty("sale_price").GetString().ShouldBe("");
        creates[0].GetProperty("status").GetString().ShouldBe("publish");
        creates[0].GetProperty("stock_quantity").GetInt32().ShouldBe(7);
        creates[1].GetProperty("status").GetString().ShouldBe("draft");
        creates[2].GetProperty("type").GetString().ShouldBe("variable");
        creates[2].GetProperty("attributes")[0].GetProperty("options").EnumerateArray().Select(o => o.GetString()).ShouldBe(["S", "M"]);

        handler.Requests[1].Method.ShouldBe(HttpMethod.Get);
        OAuth1Signer.QueryParameters(handler.Requests[1].Url).ShouldContain(new KeyValuePair<string, string>("sku", "B-1"));
        using var variations = JsonDocument.Parse(handler.Requests[2].Body);
        var small = variations.RootElement.GetProperty("create")[0];
        small.GetProperty("sku").GetString().ShouldBe("SHIRT-S");
        small.GetProperty("regular_price").GetString().ShouldBe("120.00");
        small.GetProperty("sale_price").GetString().ShouldBe("100.00");
        small.GetProperty("attributes")[0].GetProperty("option").GetString().ShouldBe("S");
        handler.Requests[0].Authorization.ShouldBe("Basic " + Convert.ToBase64String("ck_test:cs_secret"u8.ToArray()));
    }

    [Fact]
    public async Task A_retried_create_whose_sku_exists_updates_the_product_found_by_sku()
    {
        var handler = new StubHandler((request, body) => request.Method == HttpMethod.Get
            ? (HttpStatusCode.OK, """[{"id":21,"sku":"A-1"}]""")
            : body.Contains("\"create\":[{", StringComparison.Ordinal)
                ? (HttpStatusCode.OK, """{"create":[{"id":0,"error":{"code":"product_invalid_sku","message":"Invalid or duplicated SKU.","data":{"status":400}}}],"update":[]}""")
                : (HttpStatusCode.OK, """{"create":[],"update":[{"id":21,"sku":"A-1"}]}"""));
        var connector = new WooCommerceConnector(TestConnection.Context(handler));

        var outcome = (await connector.PushProductsAsync([new ProductPush(Simple("A", "A-1", 10m), ChannelProductStatus.Active, null)],
            TestContext.Current.CancellationToken)).Single();

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        outcome.Link!.ExternalId.ShouldBe("21");
        handler.Requests.Select(r => r.Method.Method).ShouldBe(["POST", "GET", "POST"]);
        JsonDocument.Parse(handler.Requests[2].Body).RootElement.GetProperty("update")[0].GetProperty("id").GetInt64().ShouldBe(21);
    }

    [Fact]
    public async Task Linked_products_are_updated_by_id_and_batches_hold_at_most_100_items()
    {
        var handler = new StubHandler((request, body) =>
        {
            using var sent = JsonDocument.Parse(body);
            var updates = sent.RootElement.GetProperty("update").EnumerateArray().Select(u => $"{{\"id\":{u.GetProperty("id").GetInt64()}}}");
            return (HttpStatusCode.OK, $"{{\"create\":[],\"update\":[{string.Join(",", updates)}]}}");
        });
        var connector = new WooCommerceConnector(TestConnection.Context(handler));
        var batch = Enumerable.Range(1, 150).Select(i => new ProductPush(Simple($"P{i}", $"S{i}", 1m), ChannelProductStatus.Archived,
            new ChannelLink($"{1000 + i}", new Dictionary<string, string> { [$"product:S{i}"] = $"{1000 + i}" }))).ToList();

        var outcomes = await connector.PushProductsAsync(batch, TestContext.Current.CancellationToken);

        outcomes.ShouldAllBe(o => o.Succeeded);
        outcomes[149].Link!.ExternalId.ShouldBe("1150");
        handler.Requests.Count.ShouldBe(2);
        handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("update").GetArrayLength()).ShouldBe([100, 50]);
        JsonDocument.Parse(handler.Requests[0].Body).RootElement.GetProperty("update")[0].GetProperty("status").GetString().ShouldBe("private");
    }

    [Fact]
    public async Task Stock_goes_by_variation_id_under_its_product()
    {
        var handler = new StubHandler((request, body) => (HttpStatusCode.OK, """{"update":[{"id":131}]}"""));
        var connector = new WooCommerceConnector(TestConnection.Context(handler));
        var link = new ChannelLink("13", new Dictionary<string, string> { ["variation:SHIRT-S"] = "131" });

        var outcomes = await connector.PushStockAsync([new StockPush("SHIRT-S", null, 4.9m, null, link)], TestContext.Current.CancellationToken);

        outcomes.Single().Succeeded.ShouldBeTrue();
        handler.Requests.Single().Url.AbsolutePath.ShouldBe("/wp-json/wc/v3/products/13/variations/batch");
        handler.Requests.Single().Body.ShouldBe("""{"update":[{"id":131,"manage_stock":true,"stock_quantity":4}]}""");
    }
}
