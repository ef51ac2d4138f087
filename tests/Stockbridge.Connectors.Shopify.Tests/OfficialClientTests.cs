using System.Diagnostics;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests;

/// <summary>
/// Shopify's official JS client (@shopify/admin-api-client) reads products, updates stock and reads a discounted order
/// from the simulator unchanged.
/// Needs <c>npm ci</c> in official-client/ first; the test fails (it does not skip) when node_modules is missing.
/// </summary>
public sealed class OfficialClientTests
{
    [Fact]
    public async Task AdminApiClient_ReadsProductsAndGetsExtensionsCost()
    {
        var folder = OfficialClientFolder();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Official client product", 3, "OC-1", "OC-2");

        var result = await RunAsync(folder, "read-products.mjs", shop, []);

        var product = result["products"]!.AsArray().ShouldHaveSingleItem()!;
        product["title"]!.GetValue<string>().ShouldBe("Official client product");
        product["skus"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["OC-1", "OC-2"]);
        result["cost"]!["requestedQueryCost"]!.GetValue<int>().ShouldBeGreaterThan(0);
        result["cost"]!["throttleStatus"]!["maximumAvailable"]!.GetValue<double>().ShouldBe(2000);
    }

    [Fact]
    public async Task AdminApiClient_SetsStockAndReadsADiscountedOrder()
    {
        var folder = OfficialClientFolder();
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var item = (await AdminApi.CreateProductAsync(shop, "Official client stock", 4, "OC-3"))["OC-3"];
        await AdminApi.CreateProductAsync(shop, "Official client order", 10, "OC-4");
        var order = await shop.PlaceOrderAsync(new PlaceOrderRequest
        {
            Email = "official@example.com", LineItems = [new PlaceOrderLine("OC-4", 3)], DiscountCode = "OFFICIAL", DiscountAmount = 5m,
            ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 40m), ShippingDiscount = new PlaceOrderDiscount("percentage", 100m, Code: "FREESHIP"),
        }, TestContext.Current.CancellationToken);
        var location = await shop.StateAsync(s => Gid.For("Location", s.Locations[0].Id));

        var result = await RunAsync(folder, "stock-and-order.mjs", shop, new Dictionary<string, string>
        {
            ["INVENTORY_ITEM_ID"] = item, ["LOCATION_ID"] = location, ["ORDER_ID"] = Gid.For("Order", order.Id),
        });

        var set = result["setStock"]!;
        set["userErrors"]!.AsArray().ShouldBeEmpty();
        set["inventoryAdjustmentGroup"]!["changes"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["delta"]!.GetValue<int>(), c["quantityAfterChange"]!.GetValue<int>()))
            .ShouldBe([("available", 8, 12), ("on_hand", 8, 12)]);
        (await shop.StateAsync(s => s.Available(s.VariantBySku("OC-3")!.InventoryItemId, s.Locations[0].Id))).ShouldBe(12);
        var read = result["order"]!;
        read["customer"]!["defaultEmailAddress"]!["emailAddress"]!.GetValue<string>().ShouldBe("official@example.com");
        read["currentSubtotalPriceSet"]!["shopMoney"]!["amount"]!.GetValue<string>().ShouldBe("25.00");
        var allocation = read["lineItems"]!["nodes"]![0]!["discountAllocations"]!.AsArray().ShouldHaveSingleItem()!;
        allocation["allocatedAmountSet"]!["shopMoney"]!["amount"]!.GetValue<string>().ShouldBe("5.00");
        allocation["discountApplication"]!["code"]!.GetValue<string>().ShouldBe("OFFICIAL");
        allocation["discountApplication"]!["value"]!["amount"]!.GetValue<string>().ShouldBe("5.00");
        read["shippingLines"]!["nodes"]![0]!["discountAllocations"]![0]!["allocatedAmountSet"]!["shopMoney"]!["amount"]!.GetValue<string>().ShouldBe("40.00");
    }

    private static string OfficialClientFolder()
    {
        var folder = Path.Combine(SourceFolder(), "official-client");
        Directory.Exists(Path.Combine(folder, "node_modules", "@shopify", "admin-api-client"))
            .ShouldBeTrue($"Run 'npm ci' in {folder} before the tests.");
        return folder;
    }

    // Runs a script of official-client/ with node against the simulator and returns what it printed (JSON).
    private static async Task<JsonNode> RunAsync(string folder, string script, ShopifySimulatorHost shop, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SIMULATOR_URL"] = shop.BaseUrl.ToString();
        start.Environment["SHOP_DOMAIN"] = shop.ShopDomain;
        start.Environment["ACCESS_TOKEN"] = shop.AccessToken;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        node.ExitCode.ShouldBe(0, await errors);
        return JsonNode.Parse(await output)!;
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
