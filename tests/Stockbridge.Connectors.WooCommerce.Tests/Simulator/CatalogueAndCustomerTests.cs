using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class CatalogueAndCustomerTests
{
    [Fact]
    public async Task Product_StockQuantityIsNullUnlessManaged_AndPriceFollowsTheSalePrice()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var id = await TestStore.CreateSimpleAsync(api, "C-1", "19.99", null);

        var product = (await api.GetAsync($"products/{id}")).Body!;
        product["manage_stock"]!.GetValue<bool>().ShouldBeFalse();
        product["stock_quantity"].ShouldBeNull();
        product["price"]!.GetValue<string>().ShouldBe("19.99");
        product["date_modified_gmt"]!.GetValue<string>().ShouldNotBeNullOrEmpty();

        var sale = (await api.PutAsync($"products/{id}", new JsonObject { ["sale_price"] = "15", ["manage_stock"] = true, ["stock_quantity"] = 0 })).Body!;
        sale["price"]!.GetValue<string>().ShouldBe("15.00");
        sale["regular_price"]!.GetValue<string>().ShouldBe("19.99");
        sale["stock_quantity"]!.GetValue<int>().ShouldBe(0);
        sale["stock_status"]!.GetValue<string>().ShouldBe("outofstock");
        (await store.ReadProductAsync("C-1", TestContext.Current.CancellationToken))!.Price.ShouldBe(15m);
    }

    [Fact]
    public async Task Delete_RemovesTheProductAndItsSku()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var id = await TestStore.CreateSimpleAsync(api, "D-1", "1.00", 1);
        (await api.SendAsync(HttpMethod.Delete, $"products/{id}?force=true")).Status.ShouldBe(200);
        (await api.GetAsync($"products/{id}")).Status.ShouldBe(404);
        (await store.ReadSkusAsync(TestContext.Current.CancellationToken)).ShouldNotContain("D-1");
    }

    [Fact]
    public async Task Customers_AreListedWithPaging()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var reply = await api.GetAsync("customers?per_page=1");
        reply.Status.ShouldBe(200);
        reply.Headers["X-WP-Total"].ShouldBe(WooCommerceShop.SeedCustomers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        reply.Body!.AsArray().Single()!["email"]!.GetValue<string>().ShouldBe(WooCommerceShop.SeedCustomers[0].Email);
    }

    [Fact]
    public async Task IncludeWithANonInteger_Is400InvalidParam()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        (await api.GetAsync("orders?include=abc")).ErrorCode().ShouldBe("rest_invalid_param");
    }
}
