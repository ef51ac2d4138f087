using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class FaultTests
{
    [Fact]
    public async Task ServerErrorRule_PostedToSimFaults_FailsTheNextCallOnThatPathOnly()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        using var admin = new HttpClient { BaseAddress = store.BaseUrl };
        var posted = await admin.PostAsJsonAsync("_sim/faults", new { kind = "ServerError", target = "orders", count = 1 }, TestContext.Current.CancellationToken);
        posted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);

        (await api.GetAsync("products")).Status.ShouldBe(200);
        var failed = await api.GetAsync("orders");
        failed.Status.ShouldBe(500);
        failed.ErrorCode().ShouldBe("internal_server_error");
        (await api.GetAsync("orders")).Status.ShouldBe(200);
        store.Shop.Faults.Injected.ShouldBe(1);
    }

    [Fact]
    public async Task ThrottleRule_AnswersA429WithRetryAfter()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        store.Shop.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Target = "products*", Count = 1 });
        var reply = await api.GetAsync("products");
        reply.Status.ShouldBe(429);
        reply.Headers["Retry-After"].ShouldBe("60");
    }

    [Fact]
    public async Task PostWithMethodOverride_IsHandledAsAPut()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var id = await TestStore.CreateSimpleAsync(api, "OV-1", "4.00", 1);
        var reply = await api.PostAsync($"products/{id}?_method=PUT", new JsonObject { ["regular_price"] = "5.00" });
        reply.Status.ShouldBe(200);
        reply.Body!["regular_price"]!.GetValue<string>().ShouldBe("5.00");
    }

    [Fact]
    public async Task SimOrders_PlacesAShopperOrderOverHttpAndRefusesShortStockWith409()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        using var admin = new HttpClient { BaseAddress = store.BaseUrl };
        await TestStore.CreateSimpleAsync(api, "H-1", "8.00", 2);

        var placed = await admin.PostAsJsonAsync("_sim/orders", new { lines = new[] { new { sku = "H-1", quantity = 2 } }, shippingTotal = 5m }, TestContext.Current.CancellationToken);
        placed.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var order = JsonNode.Parse(await placed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        order["shipping_total"]!.GetValue<string>().ShouldBe("5.00");
        order["shipping_lines"]![0]!["method_id"]!.GetValue<string>().ShouldBe("flat_rate");
        order["total"]!.GetValue<string>().ShouldBe("24.15"); // (16.00 + 5.00) × 1.15

        var refused = await admin.PostAsJsonAsync("_sim/orders", new { lines = new[] { new { sku = "H-1", quantity = 1 } } }, TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
    }
}
