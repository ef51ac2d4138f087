using Stockbridge.Domain.Orders;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Stock;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Stock;

public class UnraisedDemandReaderTests
{
    [Fact]
    public async Task Read_ForSomeSkus_CountsOnlyUnraisedOrdersHoldingThemEvenWithEscapedCharacters()
    {
        await using var hub = await SyncHarness.StartAsync();
        await hub.AddChannelAsync("shop");
        var orders = hub.Get<OrderRecords>();
        async Task SaveAsync(string code, string sku, decimal qty, OrderState state) =>
            await orders.SaveAsync(SyncHarness.Client, OrderRecords.Key("shop", code), TestData.Order(code, sku, qty) with { State = state }, "shop", hub.Token);
        await SaveAsync("#1", "A+B/é", 2, OrderState.Received);
        await SaveAsync("#2", "A+B/é", 3, OrderState.Failed);
        await SaveAsync("#3", "A+B/é", 5, OrderState.Raised);
        await SaveAsync("#4", "OTHER", 7, OrderState.Validated);
        await SaveAsync("#5", "A+B", 11, OrderState.Received);

        var reader = hub.Get<UnraisedDemandReader>();
        var some = await reader.ReadAsync(SyncHarness.Client, hub.Token, ["A+B/é"]);
        var all = await reader.ReadAsync(SyncHarness.Client, hub.Token);

        some.For("A+B/é").ShouldBe(5);
        some.For("OTHER").ShouldBe(0);
        all.For("A+B/é").ShouldBe(5);
        all.For("OTHER").ShouldBe(7);
        all.For("A+B").ShouldBe(11);
    }
}
