using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Tests.Support;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>Configurable products through both paths, their orders read back as child lines, and the bulk API's open operations.</summary>
public sealed class ConfigurableAndBulkTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public async Task A_configurable_product_is_a_parent_with_linked_children_and_its_order_lines_are_the_children(string bulkThreshold)
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["bulk_threshold"] = bulkThreshold == "0" ? "1000" : "1", ["website_price_tiers"] = "1=B" });
        var code = "CF" + bulkThreshold;
        var push = TestStore.Configurable(code, [100m, 110m], code + "-7", code + "-8");

        var outcome = (await connector.PushProductsAsync([push], TestContext.Current.CancellationToken)).ShouldHaveSingleItem();

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        (store.Simulator.Shop.Store.Read(s => s.Bulks.Count) > 0).ShouldBe(bulkThreshold == "1");
        var parent = store.Simulator.Shop.Store.Read(s => s.Products[code]);
        parent.TypeId.ShouldBe("configurable");
        parent.Children.ShouldBe([code + "-7", code + "-8"], ignoreOrder: true);
        parent.Options.ShouldHaveSingleItem().Values.Count.ShouldBe(2);
        var shown = await store.Simulator.ReadProductAsync(code + "-8", TestContext.Current.CancellationToken);
        shown!.Title.ShouldBe(push.Product.Title);
        shown.Price.ShouldBe(105m); // store 1 sells at tier B
        shown.ForSale.ShouldBeTrue();

        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var placed = await store.Simulator.PlaceOrderAsync(new ShopperOrder([new(code + "-8", 2), new(code + "-7", 1)], DiscountCode: "TEN"), TestContext.Current.CancellationToken);
        var orders = new List<Order>();
        await foreach (var o in connector.ReadOrdersAsync(since, TestContext.Current.CancellationToken)) orders.Add(o);

        var order = orders.ShouldHaveSingleItem();
        order.LineItems.Select(l => l.Sku).ShouldBe([code + "-8", code + "-7"]);
        order.LineItems[0].Price.ShouldBe(105m);
        order.LineItems[0].TotalDiscount.ShouldBe(21m);
        OrderValue.ExTax(order).ShouldBe(placed.PaidExTax);
        order.DiscountCodes.ShouldBe(["TEN"]);
    }

    [Fact]
    public async Task A_bulk_left_open_by_a_stopped_consumer_is_a_transient_failure_that_says_so()
    {
        await using var store = await TestStore.StartAsync(new() { ConsumerRunning = false });
        var connector = store.Connect(new Dictionary<string, string> { ["bulk_threshold"] = "1", ["bulk_wait_seconds"] = "1" });

        var failure = await Should.ThrowAsync<TransientConnectorException>(() =>
            connector.PushProductsAsync([TestStore.Simple("OPEN-1", 9m)], TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("still open");
        failure.Message.ShouldContain("async.operations.all");
        var uuid = store.Simulator.Shop.Store.Read(s => s.Bulks.Keys.ToList()).ShouldHaveSingleItem();
        using var run = await store.Http.PostAsync(new Uri(store.Simulator.BaseUrl, "_sim/consumer/run"), null, TestContext.Current.CancellationToken);
        run.EnsureSuccessStatusCode();
        (await store.Simulator.ReadProductAsync("OPEN-1", TestContext.Current.CancellationToken)).ShouldNotBeNull();
        store.Simulator.Shop.Store.Read(s => s.Bulks[uuid].Operations.Select(o => o.Status).ToList()).ShouldAllBe(status => status == 1);
    }

    [Fact]
    public async Task A_retriable_bulk_failure_fails_the_push_transiently_and_the_retry_completes_it()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["bulk_threshold"] = "1" });
        store.Simulator.Shop.FailNextOperations = 1;

        var failure = await Should.ThrowAsync<TransientConnectorException>(() =>
            connector.PushProductsAsync([TestStore.Simple("RT-1", 9m), TestStore.Simple("RT-2", 8m)], TestContext.Current.CancellationToken));
        var retried = await connector.PushProductsAsync([TestStore.Simple("RT-1", 9m), TestStore.Simple("RT-2", 8m)], TestContext.Current.CancellationToken);

        failure.Message.ShouldContain("RT-1: bulk");
        failure.Message.ShouldContain("failed, retriable");
        failure.Message.ShouldContain("Deadlock found");
        retried.ShouldAllBe(o => o.Succeeded);
        (await store.Simulator.ReadProductAsync("RT-1", TestContext.Current.CancellationToken))!.Price.ShouldBe(9m);
    }

    [Fact]
    public async Task A_waf_429_is_rate_limited_with_its_retry_after()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect();
        store.Simulator.Shop.Faults.Add(new Stockbridge.Simulators.Faults.FaultRule { Kind = Stockbridge.Simulators.Faults.FaultKind.Throttle, Target = "POST inventory/source-items", Count = 1 });

        var limited = await Should.ThrowAsync<RateLimitedException>(() =>
            connector.PushStockAsync([new Channel.StockPush("ANY", null, 1, null, null)], TestContext.Current.CancellationToken));

        limited.RetryAfter.ShouldBe(TimeSpan.FromSeconds(2));
        limited.Message.ShouldContain("POST inventory/source-items: 429");
    }

    [Fact]
    public async Task With_input_limits_on_stock_for_more_than_20_skus_still_goes_through()
    {
        await using var store = await TestStore.StartAsync(new() { Settings = new() { InputLimits = true } });
        var connector = store.Connect();
        var skus = Enumerable.Range(1, 25).Select(i => $"LIM-{i:00}").ToList();
        (await connector.PushProductsAsync([.. skus.Select(s => TestStore.Simple(s, 5m))], TestContext.Current.CancellationToken)).ShouldAllBe(o => o.Succeeded);

        var outcomes = await connector.PushStockAsync([.. skus.Select(s => new Channel.StockPush(s, null, 3, null, null))], TestContext.Current.CancellationToken);

        outcomes.ShouldAllBe(o => o.Succeeded);
        (await store.Simulator.ReadProductAsync("LIM-25", TestContext.Current.CancellationToken))!.Quantity.ShouldBe(3m);
    }
}
