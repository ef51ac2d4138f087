using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class ShopperOrderTests
{
    [Fact]
    public async Task ShopperOrder_ReducesManagedStockAndIsListedWithVatAndCoupon()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var id = await TestStore.CreateSimpleAsync(api, "S-1", "19.99", 10);
        await TestStore.CreateSimpleAsync(api, "S-2", "5.00", null);

        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("S-1", 3), new ShopperLine("S-2", 1)], DiscountCode: "SAVE10"),
            TestContext.Current.CancellationToken);

        (await api.GetAsync($"products/{id}")).Body!["stock_quantity"]!.GetValue<int>().ShouldBe(7);
        // 3 × 19.99 = 59.97 less 6.00 = 53.97; 5.00 less 0.50 = 4.50
        placed.PaidExTax.ShouldBe(58.47m);
        var order = (await api.GetAsync($"orders/{placed.OrderCode}")).Body!;
        order["discount_total"]!.GetValue<string>().ShouldBe("6.50");
        order["coupon_lines"]![0]!["code"]!.GetValue<string>().ShouldBe("save10");
        order["total_tax"]!.GetValue<string>().ShouldBe("8.78"); // 8.10 + 0.68, each line rounded
        order["total"]!.GetValue<string>().ShouldBe("67.25");
        order["prices_include_tax"]!.GetValue<bool>().ShouldBeFalse();
        order["line_items"]![0]!["sku"]!.GetValue<string>().ShouldBe("S-1");
        order["line_items"]![0]!["total"]!.GetValue<string>().ShouldBe("53.97");
    }

    [Fact]
    public async Task ShopperOrder_IsRefusedForUnknownSkuShortStockOrDraft()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "R-1", "1.00", 2);
        await TestStore.CreateSimpleAsync(api, "R-DRAFT", "1.00", 5, status: "draft");
        var ct = TestContext.Current.CancellationToken;

        await Should.ThrowAsync<ShopperRefusedException>(() => store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("NOPE", 1)]), ct));
        await Should.ThrowAsync<ShopperRefusedException>(() => store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("R-1", 3)]), ct));
        await Should.ThrowAsync<ShopperRefusedException>(() => store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("R-DRAFT", 1)]), ct));
        (await store.ReadProductAsync("R-1", ct))!.Quantity.ShouldBe(2m);
        (await api.GetAsync("orders")).Headers["X-WP-Total"].ShouldBe("0");
    }

    [Fact]
    public async Task OrdersList_FiltersByModifiedAfter_AndPutWritesStatusAndMetaBack()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "M-1", "2.00", 5);
        var placed = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("M-1", 1)]), TestContext.Current.CancellationToken);
        var modified = (await api.GetAsync($"orders/{placed.OrderCode}")).Body!["date_modified_gmt"]!.GetValue<string>();

        (await api.GetAsync($"orders?modified_after={modified}")).Body!.AsArray().Count.ShouldBe(0);
        (await api.GetAsync("orders?modified_after=2000-01-01T00:00:00")).Body!.AsArray().Count.ShouldBe(1);

        var put = await api.PutAsync($"orders/{placed.OrderCode}", new JsonObject
        {
            ["status"] = "completed",
            ["meta_data"] = new JsonArray(
                new JsonObject { ["key"] = "stockbridge_source_order_code", ["value"] = "SO-1001" },
                new JsonObject { ["key"] = "stockbridge_tracking_number", ["value"] = "TRK-9" }),
        });
        put.Status.ShouldBe(200);
        (await api.PostAsync($"orders/{placed.OrderCode}/notes", new JsonObject { ["note"] = "Raised as SO-1001" })).Status.ShouldBe(201);

        var state = await store.ReadOrderAsync(placed.OrderCode, TestContext.Current.CancellationToken);
        state.ShouldNotBeNull();
        state.Status.ShouldBe("completed");
        state.ErpOrderNumbers.ShouldBe(["SO-1001"]);
        state.TrackingNumbers.ShouldBe(["TRK-9"]);
        (await api.GetAsync($"orders/{placed.OrderCode}/notes")).Body!.AsArray().Single()!["note"]!.GetValue<string>().ShouldBe("Raised as SO-1001");
        (await api.PutAsync($"orders/{placed.OrderCode}", new JsonObject { ["status"] = "shipped-ish" })).ErrorCode().ShouldBe("rest_invalid_param");
    }

    [Fact]
    public async Task OrdersList_OrderedByModifiedAscending_PutsTheLastChangedLast()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await TestStore.StartAsync(new() { Time = time });
        using var api = new WooRestClient(store);
        await TestStore.CreateSimpleAsync(api, "O-1", "2.00", null);
        var first = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("O-1", 1)]), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.PlaceOrderAsync(new ShopperOrder([new ShopperLine("O-1", 1)]), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(1));
        (await api.PutAsync($"orders/{first.OrderCode}", new JsonObject { ["status"] = "on-hold" })).Status.ShouldBe(200);

        var numbers = (await api.GetAsync("orders?orderby=modified&order=asc&dates_are_gmt=true")).Body!.AsArray().Select(o => o!["number"]!.GetValue<string>());
        numbers.ShouldBe([second.OrderCode, first.OrderCode]);
        (await api.GetAsync("orders?orderby=colour")).ErrorCode().ShouldBe("rest_invalid_param");
    }
}
