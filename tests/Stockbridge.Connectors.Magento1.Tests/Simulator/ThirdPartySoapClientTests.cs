using System.Diagnostics;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento1.Simulator.Hosting;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Magento1.Tests.Simulator;

/// <summary>
/// The npm <c>soap</c> client (1.13.0, WSDL-driven, unchanged; the suite did not write it) reads the simulator's WSDL at
/// <c>/api/v2_soap?wsdl=1</c> and logs in, creates a product, updates its stock, lists products and orders, and gets
/// fault 5 for a stale session; and the same again from the WS-I endpoint's WSDL (<c>/api/wsi_soap?wsdl=1</c>). Needs <c>npm ci</c> in soap-client/ first; the test fails (it does not skip) without it.
/// </summary>
public sealed class ThirdPartySoapClientTests
{
    [Fact]
    public async Task Node_soap_logs_in_creates_a_product_updates_stock_and_lists_orders()
    {
        var folder = ClientFolder();
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "NS-SEED", "20.00", 10);
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var order = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("NS-SEED", 2)]), TestContext.Current.CancellationToken);

        var result = await RunAsync(folder, "catalogue-and-orders.mjs", store.SoapUrl, store, "NS-NEW", Since(since));

        Assert.Equal(32, result["session"]!.GetValue<string>().Length);
        var id = int.Parse(result["created"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(id > 0);
        Assert.Equal("1", result["stock"]!.ToString());
        var stock = Assert.Single(result["stockList"]!.AsArray());
        Assert.Equal("NS-NEW", stock!["sku"]!.GetValue<string>());
        Assert.Equal(41m, decimal.Parse(stock["qty"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var listed = Assert.Single(result["products"]!.AsArray());
        Assert.Equal("NS-NEW", listed!["sku"]!.GetValue<string>());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), listed["product_id"]!.GetValue<string>());
        Assert.Contains(result["orders"]!.AsArray(), o => o!["increment_id"]!.GetValue<string>() == order.OrderCode);
        Assert.Equal("5", result["stale"]!["faultcode"]!.GetValue<string>());
        Assert.Equal("Session expired. Try to relogin.", result["stale"]!["faultstring"]!.GetValue<string>());
        Assert.Equal("true", result["ended"]!.ToString());
        var shown = await store.ReadProductAsync("NS-NEW", TestContext.Current.CancellationToken);
        Assert.NotNull(shown);
        Assert.Equal(41m, shown.Quantity);
        Assert.Equal(12.5m, shown.Price);
    }

    [Fact]
    public async Task Node_soap_does_the_same_over_the_ws_i_endpoint_from_its_wsdl()
    {
        await using var store = await TestStore.StartAsync();
        await RunWsiAsync(store, store.WsiSoapUrl);
    }

    [Fact]
    public async Task With_ws_i_compliance_on_the_v2_url_serves_the_ws_i_shapes_and_names_itself_in_its_wsdl()
    {
        await using var store = await Magento1SimulatorHost.StartAsync(new Magento1SimulatorOptions { WsiCompliance = true }, TestContext.Current.CancellationToken);
        using var http = new HttpClient();
        var wsdl = await http.GetStringAsync(new Uri(store.SoapUrl + "?wsdl=1"), TestContext.Current.CancellationToken);
        Assert.Contains("name=\"loginParam\"", wsdl, StringComparison.Ordinal);
        Assert.Contains($"location=\"{store.SoapUrl}\"", wsdl, StringComparison.Ordinal);
        await RunWsiAsync(store, store.SoapUrl);
    }

    // node-soap over the WS-I WSDL at endpoint: the same story as over v2, in WS-I's shapes.
    private static async Task RunWsiAsync(Magento1RunningSimulator store, Uri endpoint)
    {
        var folder = ClientFolder();
        TestStore.CreateSimple(store, "WS-SEED", "20.00", 10);
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var order = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("WS-SEED", 2)]), TestContext.Current.CancellationToken);

        var result = await RunAsync(folder, "catalogue-and-orders-wsi.mjs", endpoint, store, "WS-NEW", Since(since));

        // The request is WS-I's document/literal wrapper (loginParam, children unqualified), not v2's <login>.
        var login = result["loginRequest"]!.GetValue<string>();
        Assert.Contains("loginParam", login, StringComparison.Ordinal);
        Assert.DoesNotContain("<tns:login>", login, StringComparison.Ordinal);
        Assert.Contains("salesOrderListResponseParam", result["ordersResponse"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<complexObjectArray>", result["ordersResponse"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(32, result["session"]!.GetValue<string>().Length);
        var id = int.Parse(result["created"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(id > 0);
        Assert.Equal("1", result["stock"]!.ToString());
        var stock = Assert.Single(result["stockList"]!.AsArray());
        Assert.Equal("WS-NEW", stock!["sku"]!.GetValue<string>());
        Assert.Equal(41m, decimal.Parse(stock["qty"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var listed = Assert.Single(result["products"]!.AsArray());
        Assert.Equal("WS-NEW", listed!["sku"]!.GetValue<string>());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), listed["product_id"]!.GetValue<string>());
        var listedOrder = Assert.Single(result["orders"]!.AsArray(), o => o!["increment_id"]!.GetValue<string>() == order.OrderCode);
        Assert.Equal(order.OrderCode, listedOrder!["increment_id"]!.GetValue<string>());
        Assert.Equal("5", result["stale"]!["faultcode"]!.GetValue<string>());
        Assert.Equal("Session expired. Try to relogin.", result["stale"]!["faultstring"]!.GetValue<string>());
        Assert.Equal("true", result["ended"]!.ToString());
        var shown = await store.ReadProductAsync("WS-NEW", TestContext.Current.CancellationToken);
        Assert.NotNull(shown);
        Assert.Equal(41m, shown.Quantity);
        Assert.Equal(12.5m, shown.Price);
    }

    private static string Since(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string ClientFolder()
    {
        var folder = Path.Combine(SourceFolder(), "..", "soap-client");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "soap")), $"Run 'npm ci' in {folder} before the tests.");
        return folder;
    }

    // Runs the script with node against the simulator and returns what it printed (JSON).
    private static async Task<JsonNode> RunAsync(string folder, string script, Uri endpoint, Magento1RunningSimulator store, string newSku, string ordersSince)
    {
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["WSDL_URL"] = endpoint + "?wsdl=1";
        start.Environment["API_USER"] = store.Store.Settings.ApiUser;
        start.Environment["API_KEY"] = store.Store.Settings.ApiKey;
        start.Environment["NEW_SKU"] = newSku;
        start.Environment["ORDERS_SINCE"] = ordersSince;
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, await errors);
        return JsonNode.Parse(await output)!;
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
