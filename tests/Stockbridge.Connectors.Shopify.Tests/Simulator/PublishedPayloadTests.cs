using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

/// <summary>The simulator's webhook bodies hold every key of Shopify's published examples (Published/README.md).</summary>
public sealed class PublishedPayloadTests
{
    // Lists that are empty on a storefront order by nature, so the keys of their entries cannot appear: no staff member
    // is credited with a web sale.
    private static readonly HashSet<string> EmptyOnAWebOrder = ["line_items[].attributed_staffs[]"];

    [Fact]
    public async Task OrdersCreateWebhook_HasEveryKeyOfShopifysPublishedExample()
    {
        var published = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "..", "Published", "orders-create-webhook.json"), TestContext.Current.CancellationToken))!;
        var ours = await DiscountedOrderAsync();

        var have = Paths(ours).ToHashSet(StringComparer.Ordinal);
        var missing = Paths(published).Where(p => !have.Contains(p) && !EmptyOnAWebOrder.Any(e => p.StartsWith(e + ".", StringComparison.Ordinal))).ToList();

        missing.ShouldBeEmpty("keys of Shopify's published orders/create example the simulator does not send:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task DiscountedOrder_HasEveryDiscountKeyOfShopifysPublishedOrder()
    {
        var published = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "..", "Published", "order-1001.json"), TestContext.Current.CancellationToken))!["order"];
        var ours = await DiscountedOrderAsync();

        // The discount keys only: the REST resource also has legacy keys webhooks no longer carry (gateway,
        // total_price_usd, payment_details) and the content of fulfillments and refunds a new order does not have.
        var have = Paths(ours).ToHashSet(StringComparer.Ordinal);
        var discountKeys = Paths(published)
            .Where(p => p.Contains("discount", StringComparison.Ordinal) && !p.StartsWith("fulfillments", StringComparison.Ordinal) && !p.StartsWith("refunds", StringComparison.Ordinal))
            .ToList();
        var missing = discountKeys.Where(p => !have.Contains(p)).ToList();

        discountKeys.Count.ShouldBeGreaterThan(20); // discount_applications[], discount_codes[], every line's discount_allocations[]
        missing.ShouldBeEmpty("discount keys of Shopify's published order #1001 the simulator does not send:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Refund_HasEveryKeyOfShopifysPublishedRefund()
    {
        var published = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "..", "Published", "order-1001.json"), TestContext.Current.CancellationToken))!["order"]!["refunds"]![0];
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Published", 20, "P-1", "P-2");
        var order = await shop.PlaceOrderAsync(new PlaceOrderRequest
        {
            Email = "p@example.com", FirstName = "Pat", LastName = "Lee", LineItems = [new("P-1", 2), new("P-2", 1)], DiscountCode = "TENOFF", DiscountAmount = 10m,
            ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 60m), ShippingAddress = new PlaceOrderAddress("1 Main Rd", "Cape Town", "8001"),
        }, TestContext.Current.CancellationToken);
        var (status, body) = await shop.RefundOrderAsync(order.Name, [new("P-1", 1)], shipping: true, cancellationToken: TestContext.Current.CancellationToken);
        status.ShouldBe(201);
        var ours = JsonNode.Parse(body)!;

        // Empty by nature: the published lines carry engraving properties; ours carry none.
        var have = Paths(ours).ToHashSet(StringComparer.Ordinal);
        string[] notSent = ["refund_line_items[].line_item.properties[]"];
        var missing = Paths(published).Where(p => !have.Contains(p) && !notSent.Any(n => p.StartsWith(n + ".", StringComparison.Ordinal))).ToList();
        missing.ShouldBeEmpty("keys of Shopify's published refund the simulator does not send:\n" + string.Join("\n", missing));
        // Its money: the refunded unit's share of the line after its discount, and the shipping.
        ours["refund_line_items"]![0]!["quantity"]!.GetValue<int>().ShouldBe(1);
        ours["refund_shipping_lines"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public void Paths_ListNestedKeysPerObject_AndArrayEntriesTogether()
    {
        var json = JsonNode.Parse("""{"a":1,"b":{"c":null},"d":[{"e":1},{"f":2}],"g":[]}""")!;
        Paths(json).ShouldBe(["a", "b", "b.c", "d", "d[].e", "d[].f", "g"], ignoreOrder: true);
    }

    private static async Task<JsonObject> DiscountedOrderAsync()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Published", 20, "P-1", "P-2");
        var order = await shop.PlaceOrderAsync(new PlaceOrderRequest
        {
            Email = "p@example.com", FirstName = "Pat", LastName = "Lee", LineItems = [new("P-1", 2), new("P-2", 1)], DiscountCode = "TENOFF", DiscountAmount = 10m,
            ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 60m), ShippingAddress = new PlaceOrderAddress("1 Main Rd", "Cape Town", "8001"),
        }, TestContext.Current.CancellationToken);
        return RestPayloads.Order(order, shop.Runtime.State);
    }

    // Every key, as a path from the root: objects add ".key", list entries share "[]".
    private static IEnumerable<string> Paths(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    yield return path;
                    foreach (var inner in Paths(value, path)) yield return inner;
                }
                break;
            case JsonArray a:
                foreach (var inner in a.SelectMany(e => Paths(e, prefix + "[]")).Distinct()) yield return inner;
                break;
        }
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
