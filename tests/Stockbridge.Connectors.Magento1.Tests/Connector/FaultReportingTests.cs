using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Tests.Simulator;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Orders;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>A Magento SOAP fault becomes a failure a person can read: Magento's code, the operation and Magento's message.</summary>
public sealed class FaultReportingTests
{
    [Fact]
    public async Task Stock_for_a_product_Magento_does_not_have_fails_that_record_with_fault_101()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System);

        var outcome = Assert.Single(await connector.PushStockAsync([new StockPush("NOT-THERE", null, 3, null, null)], TestContext.Current.CancellationToken));

        Assert.False(outcome.Succeeded);
        Assert.Equal("NOT-THERE: Magento fault 101 on catalogInventoryStockItemUpdate: Product not exists.", outcome.Error);
    }

    [Fact]
    public async Task A_product_Magento_refuses_fails_that_record_with_fault_102_and_the_reason()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System);
        var sku = new string('X', 65);
        var product = new Product { SourceProductCode = sku, Title = "Too long a SKU", Variants = [new Variant { SourceVariantCode = sku, Sku = sku, Price = 10m, Qty = 1 }] };

        var outcome = Assert.Single(await connector.PushProductsAsync([new ProductPush(product, ChannelProductStatus.Active, null)], TestContext.Current.CancellationToken));

        Assert.False(outcome.Succeeded);
        Assert.Equal("Magento fault 102 on catalogProductCreate: Invalid data given. Details in error message. SKU length should be 64 characters maximum.", outcome.Error);
    }

    [Fact]
    public async Task Wrong_api_key_fails_the_connection_test_with_fault_2_and_never_shows_the_key()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System, new Dictionary<string, string> { ["api_key"] = "wrong_key_123456" });

        var result = await connector.TestConnectionAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        var check = Assert.Single(result.Checks);
        Assert.EndsWith("Magento fault 2 on login: Access denied.", check.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong_key_123456", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_back_to_an_order_Magento_does_not_have_is_a_permanent_failure_naming_it()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System);
        var order = new Order { Channel = "magento1", ChannelOrderCode = "999999999", LineItems = [new LineItem { Sku = "A", Qty = 1, Price = 1m }] };

        var failure = await Assert.ThrowsAsync<PermanentConnectorException>(() => connector.MarkOrderRaisedAsync(order, "SO-1", TestContext.Current.CancellationToken));

        Assert.Equal("Magento has no order 999999999 to put ERP order SO-1 on.", failure.Message);
    }

    [Fact]
    public async Task Magento_failing_internally_is_transient_with_its_code_and_message()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "ERR-1", "10.00", 1);
        await using var connector = TestConnector.For(store, TimeProvider.System);
        store.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = "catalogInventoryStockItemUpdate", Count = 1 });

        var failure = await Assert.ThrowsAsync<TransientConnectorException>(() => connector.PushStockAsync([new StockPush("ERR-1", null, 3, null, null)], TestContext.Current.CancellationToken));

        Assert.Equal("Magento fault 1 on catalogInventoryStockItemUpdate: Internal Error. Please see log for details.", failure.Message);
        Assert.True(failure.OutcomeUnknown);
    }
}
