using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class AdminGraphqlEndpointTests
{
    [Fact]
    public async Task Post_WithWrongToken_Returns401WithShopifysErrorBody()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var (status, body) = await AdminApi.PostAsync(shop, "{ shop { name } }", token: "shpat_wrong");
        status.ShouldBe(401);
        body["errors"]!.GetValue<string>().ShouldStartWith("[API] Invalid API key or access token");
    }

    [Fact]
    public async Task Post_Query_CarriesCalculatedCostAndThrottleStatus()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var (status, body) = await AdminApi.PostAsync(shop, "{ products(first: 10) { nodes { id title } } }");
        status.ShouldBe(200);
        var cost = body["extensions"]!["cost"]!;
        cost["requestedQueryCost"]!.GetValue<int>().ShouldBe(12);
        cost["actualQueryCost"]!.GetValue<int>().ShouldBe(2); // no products: the unused 10 points are refunded
        cost["throttleStatus"]!["maximumAvailable"]!.GetValue<double>().ShouldBe(2000);
        cost["throttleStatus"]!["restoreRate"]!.GetValue<double>().ShouldBe(100);
        cost["throttleStatus"]!["currentlyAvailable"]!.GetValue<double>().ShouldBeLessThan(2000);
    }

    [Fact]
    public async Task Post_QueryCostingOver1000_ReturnsMaxCostExceeded()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var (_, body) = await AdminApi.PostAsync(shop, "{ products(first: 250) { nodes { variants(first: 250) { nodes { id } } } } }");
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("MAX_COST_EXCEEDED");
        body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Bucket_WhenShort_AnswersThrottledUntilTheRestoreRateRefillsIt()
    {
        var time = new FakeTimeProvider();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = ShopifyPlan.Standard, Time = time }, TestContext.Current.CancellationToken);
        const string query = "{ products(first: 250) { nodes { id } } }"; // 252 points requested
        shop.Runtime.Bucket.TryTake(1900).Taken.ShouldBeTrue();              // others have spent the bucket down to 100

        var (status, throttled) = await AdminApi.PostAsync(shop, query);
        status.ShouldBe(200);
        throttled["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("THROTTLED");
        throttled["data"].ShouldBeNull();
        throttled["extensions"]!["cost"]!["actualQueryCost"].ShouldBeNull();
        throttled["extensions"]!["cost"]!["throttleStatus"]!["currentlyAvailable"]!.GetValue<double>().ShouldBe(100);

        time.Advance(TimeSpan.FromSeconds(2)); // 100 + 2 s × 100/s = 300 ≥ 252
        (await AdminApi.PostAsync(shop, query)).Body["data"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Bucket_ChargesRequestedCostAndRefundsWhatWasNotReturned()
    {
        var time = new FakeTimeProvider();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Time = time }, TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Only", 1, "ONLY-1");
        var before = shop.Runtime.Bucket.Available;
        var (_, body) = await AdminApi.PostAsync(shop, "{ products(first: 50) { nodes { id variants(first: 10) { nodes { sku } } } } }");
        var cost = body["extensions"]!["cost"]!;
        cost["requestedQueryCost"]!.GetValue<int>().ShouldBe(2 + 50 * (1 + 2 + 10));
        cost["actualQueryCost"]!.GetValue<int>().ShouldBe(2 + 1 * (1 + 2 + 1));
        shop.Runtime.Bucket.Available.ShouldBe(before - 6);
    }

    [Fact]
    public async Task ThrottleStorm_With429Option_Answers429()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        shop.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, DurationMs = 60_000, Status = 429 });
        var (status, body) = await AdminApi.PostAsync(shop, "{ shop { name } }");
        status.ShouldBe(429);
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("THROTTLED");
    }

    [Fact]
    public async Task Pagination_FollowsEndCursorToTheLastPage()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Paged", 1, "PG-1", "PG-2", "PG-3");
        const string query = "query($after: String) { productVariants(first: 2, after: $after, query: \"sku:PG-*\") { edges { cursor node { sku } } pageInfo { hasNextPage endCursor } } }";
        var first = (await AdminApi.PostAsync(shop, query)).Body["data"]!["productVariants"]!;
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        var second = (await AdminApi.PostAsync(shop, query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Body["data"]!["productVariants"]!;
        second["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeFalse();
        second["edges"]!.AsArray().Select(e => e!["node"]!["sku"]!.GetValue<string>()).ShouldBe(["PG-3"]);
    }
}
