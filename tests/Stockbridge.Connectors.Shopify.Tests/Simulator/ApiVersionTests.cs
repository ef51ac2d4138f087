using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

/// <summary>Which version answers, as Shopify decides it, named in X-Shopify-API-Version.</summary>
public sealed class ApiVersionTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Theory]
    [InlineData("2026-01", "2026-01")]
    [InlineData("2026-04", "2026-04")]
    [InlineData("2027-01", "2027-01")] // the release candidate
    [InlineData("unstable", "unstable")]
    [InlineData("2024-07", "2025-10")] // retired: falls forward to the oldest supported stable version
    [InlineData("2026-05", "2025-10")] // well formed, never released: the same
    public async Task WellFormedVersion_IsServed_AndNamedInTheHeader(string requested, string served)
    {
        await using var shop = await StartAsync();
        var (status, header, body) = await PostAsync(shop, requested);
        status.ShouldBe(200);
        header.ShouldBe(served);
        body["data"]!["shop"]!["name"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2026-13")]
    [InlineData("26-04")]
    public async Task MalformedVersion_Is404(string requested)
    {
        await using var shop = await StartAsync();
        var (status, header, body) = await PostAsync(shop, requested);
        status.ShouldBe(404);
        header.ShouldBeNull();
        body["errors"]!.GetValue<string>().ShouldBe("Not Found");
    }

    [Fact]
    public async Task RetiredVersion_GetsTheBehaviourOfTheVersionServed()
    {
        await using var shop = await ShopifySimulator.StartAsync(
            new ShopifySimulatorOptions { SupportedApiVersions = ["2026-04", "2026-07"] }, TestContext.Current.CancellationToken);
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "V-1"))["V-1"];
        var location = await shop.StateAsync(s => global::Stockbridge.Connectors.Shopify.Simulator.State.Gid.For("Location", s.Locations[0].Id));
        var quantities = new[] { new { inventoryItemId = item, locationId = location, quantity = 1, compareQuantity = 5 } };
        var (_, body) = await AdminApi.PostAsync(shop, "mutation($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { userErrors { code } } }",
            new { input = new { name = "available", reason = "correction", quantities } }, version: "2025-10");
        // 2025-10 is retired here, so 2026-04 serves it and wants an idempotency key.
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("IDEMPOTENCY_KEY_REQUIRED");
    }

    [Fact]
    public async Task Ids_FitInADouble()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "ID-1"))["ID-1"];
        var number = long.Parse(item[(item.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        number.ShouldBeLessThan(1L << 53);
        ((long)(double)number).ShouldBe(number);
    }

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);

    private static async Task<(int Status, string? Header, JsonNode Body)> PostAsync(ShopifySimulatorHost shop, string version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, shop.AdminGraphqlUrl(version)) { Content = JsonContent.Create(new { query = "{ shop { name } }" }) };
        request.Headers.Add("X-Shopify-Access-Token", shop.AccessToken);
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var header = response.Headers.TryGetValues(ServedApiVersion.Header, out var values) ? values.Single() : null;
        return ((int)response.StatusCode, header, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }
}
