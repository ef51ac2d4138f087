using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class InventorySetQuantitiesTests
{
    private const string WithKey = "mutation($input: InventorySetQuantitiesInput!, $key: String!) { inventorySetQuantities(input: $input) @idempotent(key: $key) { inventoryAdjustmentGroup { id } userErrors { field message code } } }";
    private const string WithoutKey = "mutation($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { inventoryAdjustmentGroup { id } userErrors { field message code } } }";

    [Fact]
    public async Task Set_WithStaleChangeFromQuantity_IsRefusedAndNothingChanges()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "CAS-1"))["CAS-1"];
        var body = await SetAsync(shop, item, quantity: 9, changeFrom: 4, key: "k1");
        Code(body).ShouldBe("CHANGE_FROM_QUANTITY_STALE");
        (await Available(shop, "CAS-1")).ShouldBe(5);
    }

    [Fact]
    public async Task Set_WithMatchingChangeFromQuantity_Applies()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "CAS-2"))["CAS-2"];
        Code(await SetAsync(shop, item, quantity: 9, changeFrom: 5, key: "k2")).ShouldBeNull();
        (await Available(shop, "CAS-2")).ShouldBe(9);
    }

    [Fact]
    public async Task Set_WithoutChangeFromQuantityOn202604_IsAnError()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "CAS-3"))["CAS-3"];
        var quantities = new[] { new { inventoryItemId = item, locationId = await FirstLocation(shop), quantity = 1 } };
        var (_, body) = await AdminApi.PostAsync(shop, WithKey, new { input = new { name = "available", reason = "correction", quantities }, key = "k3" });
        Code(body).ShouldBe("CHANGE_FROM_QUANTITY_REQUIRED");
    }

    [Fact]
    public async Task Set_SameKeySameParameters_ReturnsFirstResultWithoutApplyingAgain()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "IDEM-1"))["IDEM-1"];
        var first = await SetAsync(shop, item, quantity: 8, changeFrom: 5, key: "same");
        await shop.StateAsync(s => s.Levels[(Gid.Parse(item, "InventoryItem")!.Value, s.Locations[0].Id)] = 7); // a sale in between
        var replay = await SetAsync(shop, item, quantity: 8, changeFrom: 5, key: "same");
        replay["data"]!.ToJsonString().ShouldBe(first["data"]!.ToJsonString());
        (await Available(shop, "IDEM-1")).ShouldBe(7);
    }

    [Fact]
    public async Task Set_SameKeyDifferentParameters_IsAMismatch()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "IDEM-2"))["IDEM-2"];
        await SetAsync(shop, item, quantity: 8, changeFrom: 5, key: "reused");
        Code(await SetAsync(shop, item, quantity: 3, changeFrom: 8, key: "reused")).ShouldBe("IDEMPOTENCY_KEY_PARAMETER_MISMATCH");
    }

    [Fact]
    public async Task Set_WithoutIdempotencyDirectiveOn202604_IsRejected()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "IDEM-3"))["IDEM-3"];
        var quantities = new[] { new { inventoryItemId = item, locationId = await FirstLocation(shop), quantity = 1, changeFromQuantity = (int?)null } };
        var (_, body) = await AdminApi.PostAsync(shop, WithoutKey, new { input = new { name = "available", reason = "correction", quantities } });
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("IDEMPOTENCY_KEY_REQUIRED");
        (await Available(shop, "IDEM-3")).ShouldBe(5);
    }

    [Fact]
    public async Task Set_On202601_UsesCompareQuantity()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "OLD-1"))["OLD-1"];
        var location = await FirstLocation(shop);
        var stale = new[] { new { inventoryItemId = item, locationId = location, quantity = 1, compareQuantity = 2 } };
        var (_, body) = await AdminApi.PostAsync(shop, WithoutKey, new { input = new { name = "available", reason = "correction", quantities = stale } }, version: "2026-01");
        Code(body).ShouldBe("COMPARE_QUANTITY_STALE");
        var none = new[] { new { inventoryItemId = item, locationId = location, quantity = 1 } };
        (_, body) = await AdminApi.PostAsync(shop, WithoutKey, new { input = new { name = "available", reason = "correction", quantities = none } }, version: "2026-01");
        Code(body).ShouldBe("COMPARE_QUANTITY_REQUIRED");
    }

    [Fact]
    public async Task Set_On202601_HonoursChangeFromQuantityWhenSent()
    {
        await using var shop = await StartAsync();
        var item = (await AdminApi.CreateProductAsync(shop, "P", 5, "NEW-1"))["NEW-1"];
        var location = await FirstLocation(shop);
        var stale = new[] { new { inventoryItemId = item, locationId = location, quantity = 1, changeFromQuantity = (int?)2, compareQuantity = 5 } };
        var (_, body) = await AdminApi.PostAsync(shop, WithoutKey, new { input = new { name = "available", reason = "correction", quantities = stale } }, version: "2026-01");
        Code(body).ShouldBe("CHANGE_FROM_QUANTITY_STALE"); // changeFromQuantity overrides the matching compareQuantity
        (await Available(shop, "NEW-1")).ShouldBe(5);

        var skip = new[] { new { inventoryItemId = item, locationId = location, quantity = 4, changeFromQuantity = (int?)null } };
        (_, body) = await AdminApi.PostAsync(shop, WithKey, new { input = new { name = "available", reason = "correction", quantities = skip }, key = "k-2601" }, version: "2026-01");
        Code(body).ShouldBeNull(); // an explicit null skips the check (no compareQuantity needed)
        (await Available(shop, "NEW-1")).ShouldBe(4);
    }

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);

    private static Task<string> FirstLocation(ShopifySimulatorHost shop) => shop.StateAsync(s => Gid.For("Location", s.Locations[0].Id));

    private static async Task<JsonNode> SetAsync(ShopifySimulatorHost shop, string item, int quantity, int changeFrom, string key)
    {
        var quantities = new[] { new { inventoryItemId = item, locationId = await FirstLocation(shop), quantity, changeFromQuantity = changeFrom } };
        return (await AdminApi.PostAsync(shop, WithKey, new { input = new { name = "available", reason = "correction", quantities }, key })).Body;
    }

    private static string? Code(JsonNode body) =>
        body["data"]!["inventorySetQuantities"]!["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    private static Task<int?> Available(ShopifySimulatorHost shop, string sku) =>
        shop.StateAsync(s => s.Available(s.VariantBySku(sku)!.InventoryItemId, s.Locations[0].Id));
}
