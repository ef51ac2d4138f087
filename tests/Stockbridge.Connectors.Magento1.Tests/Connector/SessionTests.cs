using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento1.Tests.Simulator;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>Fault 5 "Session expired. Try to relogin.": the connector logs in again and re-sends the call, once.</summary>
public sealed class SessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_session_past_the_client_session_timeout_is_renewed_and_the_call_resent()
    {
        var time = new FakeTimeProvider(Start);
        await using var store = await TestStore.StartAsync(time);
        TestStore.CreateSimple(store, "SESS-1", "10.00", 1);
        await using var connector = TestConnector.For(store, time);
        Assert.True(Assert.Single(await connector.PushStockAsync([new StockPush("SESS-1", null, 5, null, null)], TestContext.Current.CancellationToken)).Succeeded);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var outcome = Assert.Single(await connector.PushStockAsync([new StockPush("SESS-1", null, 7, null, null)], TestContext.Current.CancellationToken));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(2, connector.Soap.Logins);
        Assert.Equal(7m, (await store.ReadProductAsync("SESS-1", TestContext.Current.CancellationToken))!.Quantity);
    }

    [Fact]
    public async Task An_evicted_session_is_renewed_for_the_next_call()
    {
        await using var store = await TestStore.StartAsync();
        TestStore.CreateSimple(store, "SESS-2", "10.00", 1);
        await using var connector = TestConnector.For(store, TimeProvider.System);
        await connector.PushStockAsync([new StockPush("SESS-2", null, 5, null, null)], TestContext.Current.CancellationToken);
        store.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = "catalogInventoryStockItemUpdate", Count = 1 });

        var outcome = Assert.Single(await connector.PushStockAsync([new StockPush("SESS-2", null, 9, null, null)], TestContext.Current.CancellationToken));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(2, connector.Soap.Logins);
        Assert.Equal(9m, (await store.ReadProductAsync("SESS-2", TestContext.Current.CancellationToken))!.Quantity);
    }
}
