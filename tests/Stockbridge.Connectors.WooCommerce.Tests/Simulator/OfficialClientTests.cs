using System.Diagnostics;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

/// <summary>
/// WooCommerce's official JS client (@woocommerce/woocommerce-rest-api), unchanged, works against the simulator over plain
/// HTTP: it signs every call with OAuth 1.0a HMAC-SHA256 in the query string.
/// Needs <c>npm ci</c> in official-client/ first; the test fails (it does not skip) when node_modules is missing.
/// </summary>
public sealed class OfficialClientTests
{
    [Fact]
    public async Task WooCommerceRestApi_CreatesBatchesPagesAndWritesOrdersBack()
    {
        var folder = OfficialClientFolder();
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "OC-ORDER", "10.00", 5);
        var order = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("OC-ORDER", 2)]), TestContext.Current.CancellationToken);

        var result = await RunAsync(folder, "catalogue-and-orders.mjs", store, order.OrderCode);

        result["created"]!["status"]!.GetValue<int>().ShouldBe(201);
        result["created"]!["price"]!.GetValue<string>().ShouldBe("12.50");
        var batch = result["batch"]!;
        batch["create"]![0]!["sku"]!.GetValue<string>().ShouldBe("OC-CUP");
        batch["create"]![1]!["error"]!["code"]!.GetValue<string>().ShouldBe("product_invalid_sku");
        batch["update"]![0]!["price"]!.GetValue<string>().ShouldBe("9.99");
        result["page"]!["total"]!.GetValue<string>().ShouldBe("3");
        result["page"]!["totalPages"]!.GetValue<string>().ShouldBe("3");
        result["page"]!["link"]!.GetValue<string>().ShouldContain("rel=\"next\"");
        result["order"]!["number"]!.GetValue<string>().ShouldBe(order.OrderCode);
        result["order"]!["total"]!.GetValue<string>().ShouldBe("23.00");
        result["updated"]!["status"]!.GetValue<string>().ShouldBe("completed");
        result["note"]!["status"]!.GetValue<int>().ShouldBe(201);
        result["refused"]!["status"]!.GetValue<int>().ShouldBe(401);
        result["refused"]!["code"]!.GetValue<string>().ShouldBe("woocommerce_rest_authentication_error");
        (await store.ReadOrderAsync(order.OrderCode, TestContext.Current.CancellationToken))!.ErpOrderNumbers.ShouldBe(["SO-77"]);
    }

    private static string OfficialClientFolder()
    {
        var folder = Path.Combine(SourceFolder(), "..", "official-client");
        Directory.Exists(Path.Combine(folder, "node_modules", "@woocommerce", "woocommerce-rest-api"))
            .ShouldBeTrue($"Run 'npm ci' in {folder} before the tests.");
        return folder;
    }

    // Runs a script of official-client/ with node against the simulator and returns what it printed (JSON).
    private static async Task<JsonNode> RunAsync(string folder, string script, WooCommerceRunningSimulator store, string orderId)
    {
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["STORE_URL"] = store.ConnectionSettings["store_url"];
        start.Environment["CONSUMER_KEY"] = store.ConnectionSettings["consumer_key"];
        start.Environment["CONSUMER_SECRET"] = store.ConnectionSettings["consumer_secret"];
        start.Environment["ORDER_ID"] = orderId;
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        node.ExitCode.ShouldBe(0, await errors);
        return JsonNode.Parse(await output)!;
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
