using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

/// <summary>Orders placed on the simulator carry discounts, allocations and taxes as Shopify sends them (REST and GraphQL).</summary>
public sealed class OrderDiscountTests
{
    [Fact]
    public async Task CodeFor100Off_ShowsInTotalDiscountsAllocationsAndCurrentSubtotal_NotInTotalDiscount()
    {
        await using var shop = await StartAsync("D-1", "D-2", "D-3");
        var order = await PlaceAsync(shop, new PlaceOrderRequest
        {
            Email = "a@example.com", LineItems = [new("D-1", 5), new("D-2", 3), new("D-3", 4)], DiscountCode = "SAVE100", DiscountAmount = 100m,
        });
        var body = Rest(shop, order);

        body["total_line_items_price"]!.GetValue<string>().ShouldBe("120.00");
        body["total_discounts"]!.GetValue<string>().ShouldBe("100.00");
        body["current_subtotal_price"]!.GetValue<string>().ShouldBe("20.00");
        body["current_total_discounts"]!.GetValue<string>().ShouldBe("100.00");
        var lines = body["line_items"]!.AsArray();
        lines.Select(l => l!["total_discount"]!.GetValue<string>()).ShouldAllBe(d => d == "0.00");
        lines.Select(l => Allocated(l!)).ShouldBe(["41.67", "25.00", "33.33"]); // 100 × 50/120, 30/120, 40/120 by largest remainder
        lines.SelectMany(l => l!["discount_allocations"]!.AsArray()).ShouldAllBe(a => a!["discount_application_index"]!.GetValue<int>() == 0);
        var application = body["discount_applications"]!.AsArray().ShouldHaveSingleItem()!;
        (application["type"]!.GetValue<string>(), application["value"]!.GetValue<string>(), application["value_type"]!.GetValue<string>(),
            application["allocation_method"]!.GetValue<string>(), application["target_selection"]!.GetValue<string>(),
            application["target_type"]!.GetValue<string>(), application["code"]!.GetValue<string>())
            .ShouldBe(("discount_code", "100.0", "fixed_amount", "across", "all", "line_item", "SAVE100"));
        var code = body["discount_codes"]!.AsArray().ShouldHaveSingleItem()!;
        (code["code"]!.GetValue<string>(), code["amount"]!.GetValue<string>(), code["type"]!.GetValue<string>()).ShouldBe(("SAVE100", "100.00", "fixed_amount"));
    }

    [Fact]
    public async Task TenOffOverThreeEqualLines_SplitsAsShopifysPublishedSample()
    {
        await using var shop = await StartAsync("E-1", "E-2", "E-3");
        var order = await PlaceAsync(shop, new PlaceOrderRequest
        {
            Email = "b@example.com", LineItems = [new("E-1", 1), new("E-2", 1), new("E-3", 1)], DiscountCode = "TENOFF", DiscountAmount = 10m,
        });
        Rest(shop, order)["line_items"]!.AsArray().Select(l => Allocated(l!)).ShouldBe(["3.34", "3.33", "3.33"]);
    }

    [Fact]
    public async Task TaxIsOnTheDiscountedAmount()
    {
        await using var shop = await StartAsync("T-1");
        var order = await PlaceAsync(shop, new PlaceOrderRequest { Email = "c@example.com", LineItems = [new("T-1", 10)], DiscountCode = "HALF", DiscountPercentage = 50m });
        var line = Rest(shop, order)["line_items"]![0]!;
        Allocated(line).ShouldBe("50.00");
        line["tax_lines"]![0]!["price"]!.GetValue<string>().ShouldBe("6.52"); // 50.00 charged incl. 15% VAT: 50 × 0.15 / 1.15
    }

    [Fact]
    public async Task EveryKindOfDiscount_IsRecordedAndAllocatedInShopifysOrder()
    {
        await using var shop = await StartAsync("K-1", "K-2");
        var order = await PlaceAsync(shop, new PlaceOrderRequest
        {
            Email = "d@example.com",
            LineItems = [new("K-1", 4, ManualDiscount: 5m, ManualDiscountTitle: "Scuffed box"), new("K-2", 6)], // 40 and 60
            AutomaticDiscount = new PlaceOrderDiscount("fixed_amount", 10m, Title: "Winter sale"),
            DiscountCode = "TENPC", DiscountPercentage = 10m,
            ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 80m),
            ShippingDiscount = new PlaceOrderDiscount("percentage", 100m, Code: "FREESHIP"),
        });
        var body = Rest(shop, order);

        var applications = body["discount_applications"]!.AsArray().Select(a => (a!["type"]!.GetValue<string>(), a["target_type"]!.GetValue<string>(),
            a["allocation_method"]!.GetValue<string>(), a["target_selection"]!.GetValue<string>(), a["value_type"]!.GetValue<string>())).ToList();
        applications.ShouldBe([
            ("manual", "line_item", "one", "explicit", "fixed_amount"),
            ("automatic", "line_item", "across", "all", "fixed_amount"),
            ("discount_code", "line_item", "across", "all", "percentage"),
            ("discount_code", "shipping_line", "each", "all", "percentage"),
        ]);
        body["discount_applications"]![0]!["title"]!.GetValue<string>().ShouldBe("Scuffed box");
        body["discount_applications"]![1]!["title"]!.GetValue<string>().ShouldBe("Winter sale");
        // Manual 5 on K-1 (35 left), automatic 10 across 35/60 (3.68/6.32), then 10% of 85.00 = 8.50 across 31.32/53.68 (3.13/5.37).
        var lines = body["line_items"]!.AsArray();
        lines[0]!["total_discount"]!.GetValue<string>().ShouldBe("5.00"); // set by hand on the line
        lines[1]!["total_discount"]!.GetValue<string>().ShouldBe("0.00");
        lines.Select(l => Allocated(l!)).ShouldBe(["11.81", "11.69"]);
        var shipping = body["shipping_lines"]![0]!;
        (shipping["price"]!.GetValue<string>(), shipping["discounted_price"]!.GetValue<string>()).ShouldBe(("80.00", "0.00"));
        shipping["discount_allocations"]![0]!["discount_application_index"]!.GetValue<int>().ShouldBe(3);
        body["discount_codes"]!.AsArray().Select(c => (c!["code"]!.GetValue<string>(), c["amount"]!.GetValue<string>(), c["type"]!.GetValue<string>()))
            .ShouldBe([("TENPC", "8.50", "percentage"), ("FREESHIP", "80.00", "shipping")]);
        body["total_discounts"]!.GetValue<string>().ShouldBe("103.50"); // 23.50 on lines + 80 shipping
        body["current_subtotal_price"]!.GetValue<string>().ShouldBe("76.50");
        body["total_price"]!.GetValue<string>().ShouldBe("76.50");
        body["total_shipping_price_set"]!["shop_money"]!["amount"]!.GetValue<string>().ShouldBe("80.00");
        body["current_shipping_price_set"]!["shop_money"]!["amount"]!.GetValue<string>().ShouldBe("0.00");
    }

    [Fact]
    public async Task GraphQL_ServesTheSameDiscounts()
    {
        await using var shop = await StartAsync("G-1", "G-2");
        var order = await PlaceAsync(shop, new PlaceOrderRequest
        {
            Email = "e@example.com", LineItems = [new("G-1", 1, ManualDiscount: 1m, ManualDiscountTitle: "Dented"), new("G-2", 2)],
            AutomaticDiscount = new PlaceOrderDiscount("percentage", 10m, Title: "Ten percent"), DiscountCode = "TWO", DiscountAmount = 2m,
            ShippingLine = new PlaceOrderShipping("Courier", "COURIER", 50m), ShippingDiscount = new PlaceOrderDiscount("fixed_amount", 20m, Title: "Cheaper courier"),
        });
        const string Money = "{ shopMoney { amount currencyCode } }";
        const string Application = "discountApplication { __typename allocationMethod targetType targetSelection index value { __typename ... on MoneyV2 { amount } ... on PricingPercentageValue { percentage } } "
            + "... on DiscountCodeApplication { code } ... on ManualDiscountApplication { title } ... on AutomaticDiscountApplication { title } }";
        var query = "query($id: ID!) { order(id: $id) { currentSubtotalPriceSet " + Money + " currentTotalDiscountsSet " + Money + " totalOutstandingSet " + Money
            + " currentShippingPriceSet " + Money + " poNumber discountApplications(first: 10) { nodes { __typename index } }"
            + " lineItems(first: 5) { nodes { sku totalDiscountSet " + Money + " discountAllocations { allocatedAmountSet " + Money + " " + Application + " } } }"
            + " shippingLines(first: 5) { nodes { discountedPriceSet " + Money + " discountAllocations { allocatedAmountSet " + Money + " " + Application + " } } } } }";

        var (status, response) = await AdminApi.PostAsync(shop, query, new { id = Gid.For("Order", order.Id) });

        status.ShouldBe(200);
        response["errors"].ShouldBeNull(response.ToJsonString());
        var o = response["data"]!["order"]!;
        var rest = Rest(shop, order);
        Amount(o["currentSubtotalPriceSet"]!).ShouldBe(rest["current_subtotal_price"]!.GetValue<string>());
        Amount(o["currentTotalDiscountsSet"]!).ShouldBe(rest["current_total_discounts"]!.GetValue<string>());
        Amount(o["totalOutstandingSet"]!).ShouldBe("0.00");
        Amount(o["currentShippingPriceSet"]!).ShouldBe("30.00");
        o["discountApplications"]!["nodes"]!.AsArray().Select(a => a!["__typename"]!.GetValue<string>())
            .ShouldBe(["ManualDiscountApplication", "AutomaticDiscountApplication", "DiscountCodeApplication", "AutomaticDiscountApplication"]);
        var lines = o["lineItems"]!["nodes"]!.AsArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var restAllocations = rest["line_items"]![i]!["discount_allocations"]!.AsArray();
            var allocations = lines[i]!["discountAllocations"]!.AsArray();
            allocations.Select(a => Amount(a!["allocatedAmountSet"]!)).ShouldBe(restAllocations.Select(a => a!["amount"]!.GetValue<string>()));
            allocations.Select(a => a!["discountApplication"]!["index"]!.GetValue<int>()).ShouldBe(restAllocations.Select(a => a!["discount_application_index"]!.GetValue<int>()));
        }
        var manual = lines[0]!["discountAllocations"]![0]!["discountApplication"]!;
        (manual["__typename"]!.GetValue<string>(), manual["title"]!.GetValue<string>(), manual["allocationMethod"]!.GetValue<string>(), manual["targetType"]!.GetValue<string>())
            .ShouldBe(("ManualDiscountApplication", "Dented", "ONE", "LINE_ITEM"));
        manual["value"]!["amount"]!.GetValue<string>().ShouldBe("1.00");
        var automatic = lines[1]!["discountAllocations"]![0]!["discountApplication"]!;
        automatic["value"]!["__typename"]!.GetValue<string>().ShouldBe("PricingPercentageValue");
        automatic["value"]!["percentage"]!.GetValue<double>().ShouldBe(10);
        lines[1]!["discountAllocations"]![1]!["discountApplication"]!["code"]!.GetValue<string>().ShouldBe("TWO");
        var shipping = o["shippingLines"]!["nodes"]![0]!;
        Amount(shipping["discountedPriceSet"]!).ShouldBe("30.00");
        var shippingApplication = shipping["discountAllocations"]![0]!["discountApplication"]!;
        (shippingApplication["targetType"]!.GetValue<string>(), shippingApplication["allocationMethod"]!.GetValue<string>(), shippingApplication["title"]!.GetValue<string>())
            .ShouldBe(("SHIPPING_LINE", "EACH", "Cheaper courier"));
    }

    [Theory]
    [InlineData(150, null, "The discount code BIG is 150.00, more than the 100.00 it applies to.")]
    [InlineData(0, 120, "The discount code BIG is 120.00%: a percentage must be 0 to 100.")]
    [InlineData(-1, null, "The discount code BIG is -1.00: a discount cannot be negative.")]
    public async Task ABadDiscount_IsRefusedNamingIt_AndNothingIsPlaced(decimal amount, int? percentage, string message)
    {
        await using var shop = await StartAsync("B-1");
        var error = await Should.ThrowAsync<ArgumentException>(() => shop.PlaceOrderAsync(new PlaceOrderRequest
        {
            Email = "f@example.com", LineItems = [new("B-1", 10)], DiscountCode = "BIG", DiscountAmount = amount, DiscountPercentage = percentage,
        }, TestContext.Current.CancellationToken));
        error.Message.ShouldBe(message);
        (await shop.StateAsync(s => (s.Orders.Count, s.Customers.Count, s.Available(s.VariantBySku("B-1")!.InventoryItemId, s.Locations[0].Id)))).ShouldBe((0, 0, 50));
    }

    [Fact]
    public async Task SimOrdersEndpoint_TakesDiscountsInSnakeCase_AndRefusesABadOneWith422()
    {
        await using var shop = await StartAsync("H-1");
        using var http = new HttpClient { BaseAddress = shop.BaseUrl };
        const string Good = """
            {"email":"h@example.com","line_items":[{"sku":"H-1","quantity":3,"manual_discount":2.5,"manual_discount_title":"Worn"}],
             "automatic_discount":{"value_type":"percentage","value":10,"title":"Tenth"},"shipping_line":{"title":"Courier","code":"C","price":20},
             "shipping_discount":{"value_type":"fixed_amount","value":5,"code":"SHIP5"},"po_number":"PO-7"}
            """;
        using var placed = await http.PostAsync("_sim/orders", new StringContent(Good, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        ((int)placed.StatusCode).ShouldBe(201, await placed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var body = JsonNode.Parse(await placed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        body["po_number"]!.GetValue<string>().ShouldBe("PO-7");
        body["discount_applications"]!.AsArray().Select(a => a!["type"]!.GetValue<string>()).ShouldBe(["manual", "automatic", "discount_code"]);
        Allocated(body["line_items"]![0]!).ShouldBe("5.25"); // 2.50 by hand, then 10% of 27.50
        body["shipping_lines"]![0]!["discounted_price"]!.GetValue<string>().ShouldBe("15.00");

        const string Bad = """{"email":"h@example.com","line_items":[{"sku":"H-1","quantity":1}],"discount_code":"BIG","discount_amount":11}""";
        using var refused = await http.PostAsync("_sim/orders", new StringContent(Bad, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        ((int)refused.StatusCode).ShouldBe(422);
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The discount code BIG is 11.00, more than the 10.00 it applies to.");
    }

    private static string Allocated(JsonNode line) =>
        RestPayloads.Money(line["discount_allocations"]!.AsArray().Sum(a => decimal.Parse(a!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));

    private static string Amount(JsonNode bag) =>
        RestPayloads.Money(decimal.Parse(bag["shopMoney"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));

    private static JsonObject Rest(ShopifySimulatorHost shop, SimOrder order) => RestPayloads.Order(order, shop.Runtime.State);

    private static Task<SimOrder> PlaceAsync(ShopifySimulatorHost shop, PlaceOrderRequest request) => shop.PlaceOrderAsync(request, TestContext.Current.CancellationToken);

    private static async Task<ShopifySimulatorHost> StartAsync(params string[] skus)
    {
        var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Discounted", 50, skus); // each variant at 10.00
        return shop;
    }
}
