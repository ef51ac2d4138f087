using System.Diagnostics;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests;

/// <summary>
/// Shopify's official JS client (@shopify/admin-api-client) reads products from the simulator unchanged.
/// Needs <c>npm ci</c> in official-client/ first; the test fails (it does not skip) when node_modules is missing.
/// </summary>
public sealed class OfficialClientTests
{
    [Fact]
    public async Task AdminApiClient_ReadsProductsAndGetsExtensionsCost()
    {
        var folder = Path.Combine(SourceFolder(), "official-client");
        Directory.Exists(Path.Combine(folder, "node_modules", "@shopify", "admin-api-client"))
            .ShouldBeTrue($"Run 'npm ci' in {folder} before the tests.");
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Official client product", 3, "OC-1", "OC-2");

        var start = new ProcessStartInfo("node", "read-products.mjs") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SIMULATOR_URL"] = shop.BaseUrl.ToString();
        start.Environment["SHOP_DOMAIN"] = shop.ShopDomain;
        start.Environment["ACCESS_TOKEN"] = shop.AccessToken;
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        node.ExitCode.ShouldBe(0, await errors);
        var result = JsonNode.Parse(await output)!;
        var product = result["products"]!.AsArray().ShouldHaveSingleItem()!;
        product["title"]!.GetValue<string>().ShouldBe("Official client product");
        product["skus"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["OC-1", "OC-2"]);
        result["cost"]!["requestedQueryCost"]!.GetValue<int>().ShouldBeGreaterThan(0);
        result["cost"]!["throttleStatus"]!["maximumAvailable"]!.GetValue<double>().ShouldBe(2000);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
