using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

/// <summary>Starts simulated stores for tests and seeds products through the REST API.</summary>
internal static class TestStore
{
    public static Task<WooCommerceRunningSimulator> StartAsync(WooCommerceSimulatorOptions? options = null) =>
        WooCommerceSimulator.StartAsync(options ?? new WooCommerceSimulatorOptions(), TestContext.Current.CancellationToken);

    /// <summary>Creates a simple product with managed stock and returns its id.</summary>
    public static async Task<int> CreateSimpleAsync(WooRestClient api, string sku, string price, int? stock, string status = "publish")
    {
        var body = new JsonObject
        {
            ["name"] = $"Product {sku}", ["type"] = "simple", ["status"] = status, ["sku"] = sku, ["regular_price"] = price,
            ["manage_stock"] = stock is not null, ["stock_quantity"] = stock,
        };
        var reply = await api.PostAsync("products", body);
        reply.Status.ShouldBe(201);
        return reply.Body!["id"]!.GetValue<int>();
    }
}
