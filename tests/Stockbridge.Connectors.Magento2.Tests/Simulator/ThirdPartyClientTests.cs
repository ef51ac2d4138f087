using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Tests.Support;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Magento2.Tests.Simulator;

/// <summary>
/// magento-api-rest (npm 2.0.4), a Magento 2 REST client the suite did not write, unchanged, drives the simulator: OAuth
/// 1.0a HMAC-SHA256 and HMAC-SHA1 signatures, /rest/V1 and /rest/async/bulk/V1 paths, its searchCriteria syntax.
/// Needs <c>npm ci</c> in third-party-client/ first; the test fails (it does not skip) when node_modules is missing.
/// </summary>
public sealed class ThirdPartyClientTests
{
    [Fact]
    public async Task MagentoApiRest_writes_products_stock_and_bulks_searches_orders_and_ships()
    {
        var folder = ClientFolder();
        await using var store = await TestStore.StartAsync();
        var since = store.Simulator.Shop.Store.Now().AddMinutes(-1);
        var connector = store.Connect();
        await connector.PushProductsAsync([TestStore.Simple("TP-ORDER", 40m)], TestContext.Current.CancellationToken);
        var first = await store.Simulator.PlaceOrderAsync(new ShopperOrder([new("TP-ORDER", 1)]), TestContext.Current.CancellationToken);
        await store.Simulator.PlaceOrderAsync(new ShopperOrder([new("TP-ORDER", 2)]), TestContext.Current.CancellationToken);
        await store.Simulator.PlaceOrderAsync(new ShopperOrder([new("TP-ORDER", 1)]), TestContext.Current.CancellationToken);
        var orderId = store.Simulator.Shop.Store.Read(s => s.Orders.Values.First(o => o.IncrementId == first.OrderCode).EntityId);

        var result = await RunAsync(folder, store, since, orderId);

        result["created"]!["status"]!.GetValue<int>().ShouldBe(200);
        result["created"]!["price"]!.GetValue<decimal>().ShouldBe(12.5m);
        result["updated"]!["price"]!.GetValue<decimal>().ShouldBe(9.99m);
        result["updated"]!["name"]!.GetValue<string>().ShouldBe("Third-party mug");
        result["fetched"]!["price"]!.GetValue<decimal>().ShouldBe(9.99m);
        result["noPrice"]!["status"]!.GetValue<int>().ShouldBe(400);
        result["noPrice"]!["message"]!.GetValue<string>().ShouldBe("The value of attribute \"%1\" must be set.");
        result["noPrice"]!["parameters"]![0]!.GetValue<string>().ShouldBe("price");
        result["missing"]!["status"]!.GetValue<int>().ShouldBe(404);
        result["stock"]!["data"]!.AsArray().ShouldBeEmpty();
        result["sourceItems"]!["quantity"]!.GetValue<decimal>().ShouldBe(6m);
        result["orders"]!["total"]!.GetValue<int>().ShouldBe(3);
        result["orders"]!["count"]!.GetValue<int>().ShouldBe(2);
        result["orders"]!["first"]!.GetValue<string>().ShouldBe(first.OrderCode);
        result["pastTheEnd"]!["count"]!.GetValue<int>().ShouldBe(1); // page 9 of 2 a page: Magento answers the last page again
        result["pastTheEnd"]!["total"]!.GetValue<int>().ShouldBe(3);
        result["order"]!["increment_id"]!.GetValue<string>().ShouldBe(first.OrderCode);
        result["comment"]!.GetValue<bool>().ShouldBeTrue();
        result["shipment"]!["status"]!.GetValue<int>().ShouldBe(200);
        result["bulk"]!["accepted"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["accepted", "accepted"]);
        var operations = result["bulk"]!["operations"]!.AsArray();
        operations[0]!["status"]!.GetValue<int>().ShouldBe(1);
        operations[1]!["status"]!.GetValue<int>().ShouldBe(3);
        operations[1]!["message"]!.GetValue<string>().ShouldBe("The value of attribute \"price\" must be set.");
        result["refused"]!["status"]!.GetValue<int>().ShouldBe(401);
        result["refused"]!["message"]!.GetValue<string>().ShouldBe("The consumer isn't authorized to access %resources.");
        var held = await store.Simulator.ReadOrderAsync(first.OrderCode, TestContext.Current.CancellationToken);
        held!.ErpOrderNumbers.ShouldBe(["SO-77"]);
        held.TrackingNumbers.ShouldBe(["TRK-3P"]);
        (await store.Simulator.ReadProductAsync("TP-BULK-1", TestContext.Current.CancellationToken)).ShouldNotBeNull();
    }

    private static string ClientFolder()
    {
        var folder = Path.Combine(SourceFolder(), "..", "third-party-client");
        Directory.Exists(Path.Combine(folder, "node_modules", "magento-api-rest")).ShouldBeTrue($"Run 'npm ci' in {folder} before the tests.");
        return folder;
    }

    private static async Task<JsonNode> RunAsync(string folder, TestStore store, DateTimeOffset since, int orderId)
    {
        var start = new ProcessStartInfo("node", "catalogue-and-orders.mjs") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        var settings = store.Simulator.ConnectionSettings;
        start.Environment["STORE_URL"] = settings["base_url"];
        start.Environment["CONSUMER_KEY"] = settings["consumer_key"];
        start.Environment["CONSUMER_SECRET"] = settings["consumer_secret"];
        start.Environment["ACCESS_TOKEN"] = settings["access_token"];
        start.Environment["ACCESS_TOKEN_SECRET"] = settings["access_token_secret"];
        start.Environment["SINCE"] = since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        start.Environment["ORDER_ID"] = orderId.ToString(CultureInfo.InvariantCulture);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        node.ExitCode.ShouldBe(0, await errors);
        return JsonNode.Parse(await output)!;
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
