using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Tests.Simulator;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>The kit's transport faults are transient failures; for a write whose answer never came, the outcome is unknown.</summary>
public sealed class TransportFailureTests
{
    [Fact]
    public async Task A_dropped_connection_on_a_stock_write_is_transient_with_the_outcome_unknown()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "DROP-1", "10.00", 1);
        await using var connector = TestConnector.For(store, TimeProvider.System);
        await connector.TestConnectionAsync(TestContext.Current.CancellationToken);
        store.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Target = "catalogInventoryStockItemUpdate", Count = 1 });

        var failure = await Assert.ThrowsAsync<TransientConnectorException>(() => connector.PushStockAsync([new StockPush("DROP-1", null, 3, null, null)], TestContext.Current.CancellationToken));

        Assert.True(failure.OutcomeUnknown);
        Assert.StartsWith("Magento catalogInventoryStockItemUpdate: ", failure.Message, StringComparison.Ordinal);
        var retried = Assert.Single(await connector.PushStockAsync([new StockPush("DROP-1", null, 3, null, null)], TestContext.Current.CancellationToken));
        Assert.True(retried.Succeeded, retried.Error);
    }

    [Fact]
    public async Task A_throttled_call_is_transient_and_not_a_write_of_unknown_outcome()
    {
        await using var store = await TestStore.StartAsync();
        await using var connector = TestConnector.For(store, TimeProvider.System);
        await connector.TestConnectionAsync(TestContext.Current.CancellationToken);
        store.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Target = "salesOrderList", Count = 1 });

        var failure = await Assert.ThrowsAsync<TransientConnectorException>(async () =>
        {
            await foreach (var _ in connector.ReadOrdersAsync(TimeProvider.System.GetUtcNow(), TestContext.Current.CancellationToken)) { }
        });

        Assert.False(failure.OutcomeUnknown);
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
    }
}
