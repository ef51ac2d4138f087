using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Magento1.Tests.Simulator;

/// <summary>The storefront takes what a shopper can buy, at the price, tax and shipping the order then carries, and refuses the rest.</summary>
public sealed class ShopperOrderTests
{
    [Fact]
    public async Task A_checkout_takes_stock_and_charges_lines_less_the_coupon_plus_shipping()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "SHOP-1", "33.33", 5);
        using var http = new HttpClient();

        using var response = await http.PostAsJsonAsync(new Uri(store.BaseUrl, "admin/orders"),
            new { email = "ann@example.com", lines = new[] { new { sku = "SHOP-1", qty = 3 } }, coupon = "DEMO7" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var placed = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        // 99.99 less 7 % (7.00) = 92.99, plus 50.00 shipping; tax 15 % of 92.99 (13.95) and of 50.00 (7.50).
        Assert.Equal("142.9900", placed["paid_ex_tax"]!.GetValue<string>());
        Assert.Equal("164.4400", placed["grand_total"]!.GetValue<string>());
        Assert.Equal(2m, (await store.ReadProductAsync("SHOP-1", TestContext.Current.CancellationToken))!.Quantity);
    }

    [Theory]
    [InlineData("NOPE", 1, null)]
    [InlineData("SHOP-2", 6, null)]
    [InlineData("SHOP-2", -1, null)]
    [InlineData("SHOP-2", 1, "NOT-A-COUPON")]
    public async Task What_the_store_cannot_sell_is_refused(string sku, int qty, string? coupon)
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "SHOP-2", "10.00", 5);

        await Assert.ThrowsAsync<ShopperRefusedException>(() => store.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, qty)], DiscountCode: coupon), TestContext.Current.CancellationToken));

        Assert.Equal(5m, (await store.ReadProductAsync("SHOP-2", TestContext.Current.CancellationToken))!.Quantity);
    }
}
