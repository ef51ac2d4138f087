using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class PagingTests
{
    [Fact]
    public async Task List_CarriesTotalsAndLinkHeaders()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var create = new JsonArray([.. Enumerable.Range(1, 25).Select(i => (JsonNode)new JsonObject { ["name"] = $"P{i}", ["sku"] = $"SKU-{i}", ["regular_price"] = "1.00" })]);
        (await api.PostAsync("products/batch", new JsonObject { ["create"] = create })).Status.ShouldBe(200);

        var page2 = await api.GetAsync("products?per_page=10&page=2");
        page2.Status.ShouldBe(200);
        page2.Body!.AsArray().Count.ShouldBe(10);
        page2.Headers["X-WP-Total"].ShouldBe("25");
        page2.Headers["X-WP-TotalPages"].ShouldBe("3");
        page2.Headers["Link"].ShouldContain("page=3");
        page2.Headers["Link"].ShouldContain("rel=\"next\"");
        page2.Headers["Link"].ShouldContain("page=1");
        page2.Headers["Link"].ShouldContain("rel=\"prev\"");

        var last = await api.GetAsync("products?per_page=10&page=3");
        last.Body!.AsArray().Count.ShouldBe(5);
        last.Headers["Link"].ShouldNotContain("rel=\"next\"");
    }

    [Fact]
    public async Task PerPageOver100_Returns400InvalidParam()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var reply = await api.GetAsync("orders?per_page=101");
        reply.Status.ShouldBe(400);
        reply.ErrorCode().ShouldBe("rest_invalid_param");
        (await api.GetAsync("orders?per_page=100")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task UnknownRouteAndUnknownProduct_AnswerWordPressErrors()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        var noRoute = await api.GetAsync("nothing-here");
        noRoute.Status.ShouldBe(404);
        noRoute.ErrorCode().ShouldBe("rest_no_route");
        var noProduct = await api.GetAsync("products/99999");
        noProduct.Status.ShouldBe(404);
        noProduct.ErrorCode().ShouldBe("woocommerce_rest_product_invalid_id");
    }
}
