using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_WithABadItem_AnswersItsErrorInPlaceAndAppliesTheOthers()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var existing = await TestStore.CreateSimpleAsync(api, "A-1", "10.00", 5);

        var reply = await api.PostAsync("products/batch", new JsonObject
        {
            ["create"] = new JsonArray(
                new JsonObject { ["name"] = "New", ["sku"] = "B-1", ["regular_price"] = "3.50" },
                new JsonObject { ["name"] = "Duplicate", ["sku"] = "A-1", ["regular_price"] = "1.00" }),
            ["update"] = new JsonArray(
                new JsonObject { ["id"] = existing, ["regular_price"] = "12.00" },
                new JsonObject { ["id"] = 987654, ["regular_price"] = "1.00" }),
        });

        reply.Status.ShouldBe(200);
        var created = reply.Body!["create"]!.AsArray();
        created[0]!["sku"]!.GetValue<string>().ShouldBe("B-1");
        created[1]!["id"]!.GetValue<int>().ShouldBe(0);
        created[1]!["error"]!["code"]!.GetValue<string>().ShouldBe("product_invalid_sku");
        created[1]!["error"]!["data"]!["status"]!.GetValue<int>().ShouldBe(400);
        var updated = reply.Body["update"]!.AsArray();
        updated[0]!["price"]!.GetValue<string>().ShouldBe("12.00");
        updated[1]!["id"]!.GetValue<int>().ShouldBe(987654);
        updated[1]!["error"]!["code"]!.GetValue<string>().ShouldBe("woocommerce_rest_product_invalid_id");

        (await api.GetAsync("products?sku=B-1")).Body!.AsArray().Count.ShouldBe(1);
        (await api.GetAsync($"products/{existing}")).Body!["regular_price"]!.GetValue<string>().ShouldBe("12.00");
    }

    [Fact]
    public async Task Batch_Over100ItemsAcrossArrays_Returns413AndChangesNothing()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var create = new JsonArray([.. Enumerable.Range(1, 60).Select(i => (JsonNode)new JsonObject { ["name"] = $"P{i}", ["sku"] = $"S{i}" })]);
        var delete = new JsonArray([.. Enumerable.Range(1, 41).Select(i => (JsonNode)(1000 + i))]);

        var reply = await api.PostAsync("products/batch", new JsonObject { ["create"] = create, ["delete"] = delete });

        reply.Status.ShouldBe(413);
        reply.ErrorCode().ShouldBe("woocommerce_rest_request_entity_too_large");
        (await api.GetAsync("products")).Headers["X-WP-Total"].ShouldBe("0");
    }

    [Fact]
    public async Task VariationsBatch_CreatesVariationsFoundBySkuOnProducts()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var parent = (await api.PostAsync("products", new JsonObject
        {
            ["name"] = "Tee", ["type"] = "variable",
            ["attributes"] = new JsonArray(new JsonObject { ["name"] = "Size", ["variation"] = true, ["options"] = new JsonArray("S", "M") }),
        })).Body!["id"]!.GetValue<int>();

        var reply = await api.PostAsync($"products/{parent}/variations/batch", new JsonObject
        {
            ["create"] = new JsonArray(
                new JsonObject { ["sku"] = "TEE-S", ["regular_price"] = "20.00", ["sale_price"] = "15.00", ["manage_stock"] = true, ["stock_quantity"] = 3,
                    ["attributes"] = new JsonArray(new JsonObject { ["name"] = "Size", ["option"] = "S" }) },
                new JsonObject { ["sku"] = "TEE-M", ["regular_price"] = "20.00", ["attributes"] = new JsonArray(new JsonObject { ["name"] = "Size", ["option"] = "M" }) }),
        });

        reply.Body!["create"]!.AsArray().Count.ShouldBe(2);
        var variable = (await api.GetAsync($"products/{parent}")).Body!;
        variable["variations"]!.AsArray().Count.ShouldBe(2);
        variable["price"]!.GetValue<string>().ShouldBe("15.00"); // the cheapest variation's
        var found = (await api.GetAsync("products?sku=TEE-S")).Body!.AsArray().Single()!;
        found["parent_id"]!.GetValue<int>().ShouldBe(parent);
        found["price"]!.GetValue<string>().ShouldBe("15.00");
        var state = await store.ReadProductAsync("TEE-S", TestContext.Current.CancellationToken);
        state.ShouldNotBeNull();
        state.Title.ShouldBe("Tee", "a variation shows under its product's title");
        state.Price.ShouldBe(15.00m);
        state.Quantity.ShouldBe(3m);
        state.ForSale.ShouldBeTrue();
    }
}
