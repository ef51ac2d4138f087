using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Tests.Support;

namespace Stockbridge.Connectors.Magento2.Tests.Simulator;

/// <summary>The simulator's admin tokens (with and without 2FA) and Magento's optional web API input limits, over raw HTTP.</summary>
public sealed class AdminAndLimitsTests
{
    [Fact]
    public async Task With_two_factor_on_a_token_comes_only_from_the_google_provider_with_the_code()
    {
        await using var store = await TestStore.StartAsync(new Magento2SimulatorOptions { Settings = new() { TwoFactor = true } });
        var options = store.Simulator.Shop.Options;

        using var plain = await PostAsync(store, "rest/V1/integration/admin/token", new { username = options.AdminUser, password = options.AdminPassword });
        using var wrongCode = await PostAsync(store, "rest/V1/tfa/provider/google/authenticate", new { username = options.AdminUser, password = options.AdminPassword, otp = "000000" });
        using var right = await PostAsync(store, "rest/V1/tfa/provider/google/authenticate", new { username = options.AdminUser, password = options.AdminPassword, otp = options.Settings.TwoFactorCode });

        plain.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await right.Content.ReadFromJsonAsync<string>(TestContext.Current.CancellationToken))!;
        store.Simulator.Shop.AdminTokens.IsValid(token).ShouldBeTrue();
    }

    [Fact]
    public async Task With_input_limits_on_more_than_20_source_items_and_a_page_over_300_are_refused()
    {
        await using var store = await TestStore.StartAsync(new Magento2SimulatorOptions { Settings = new() { InputLimits = true } });
        var options = store.Simulator.Shop.Options;
        using var login = await PostAsync(store, "rest/all/V1/integration/admin/token", new { username = options.AdminUser, password = options.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<string>(TestContext.Current.CancellationToken))!;
        var items = Enumerable.Range(1, 21).Select(i => new { sku = "X" + i, source_code = "default", quantity = 1, status = 1 }).ToArray();

        using var tooMany = await PostAsync(store, "rest/all/V1/inventory/source-items", new { sourceItems = items }, token);
        using var bigPage = await SendAsync(store, HttpMethod.Get, "rest/all/V1/products?searchCriteria[pageSize]=301", null, token);

        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = (await tooMany.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        refusal["message"]!.GetValue<string>().ShouldBe("Maximum items of type \"%type\" is %max");
        refusal["parameters"]!["max"]!.GetValue<int>().ShouldBe(20);
        bigPage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_shoppers_order_placed_on_demand_has_a_parent_and_a_child_item_for_a_configurable()
    {
        await using var store = await TestStore.StartAsync();
        var push = TestStore.Configurable("SO-CF", [80m, 90m], "SO-CF-7", "SO-CF-8");
        (await store.Connect().PushProductsAsync([push], TestContext.Current.CancellationToken)).ShouldAllBe(o => o.Succeeded);

        using var placed = await PostAsync(store, "_sim/orders", new { lines = new[] { new { sku = "SO-CF-8", qty = 1 } }, email = "sam@example.com" });
        using var refused = await PostAsync(store, "_sim/orders", new { lines = new[] { new { sku = "SO-CF-8", qty = 500 } } });

        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var order = (await placed.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        var items = order["items"]!.AsArray();
        items.Select(i => i!["product_type"]!.GetValue<string>()).ShouldBe(["configurable", "simple"]);
        items[1]!["parent_item_id"]!.GetValue<int>().ShouldBe(items[0]!["item_id"]!.GetValue<int>());
        items[0]!["price"]!.GetValue<decimal>().ShouldBe(90m);
        order["grand_total"]!.GetValue<decimal>().ShouldBe(172.5m); // (90 + 60 shipping) × 1.15
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> PostAsync(TestStore store, string path, object body, string? token = null) =>
        SendAsync(store, HttpMethod.Post, path, JsonContent.Create(body), token);

    private static Task<HttpResponseMessage> SendAsync(TestStore store, HttpMethod method, string path, HttpContent? content, string? token)
    {
        var request = new HttpRequestMessage(method, new Uri(store.Simulator.BaseUrl, path)) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return store.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
