using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// WooCommerce has no compare-and-swap on stock: a stock write the hub computed before a shopper's order can land after
/// WooCommerce took the sale off and put the unit back on sale. The order's own intake push normally corrects it; when
/// the stale write lands after that too, the reconcile sweep finds the channel above the projection and writes it again.
/// </summary>
public sealed class WooCommerceStockRaceEndToEndTests
{
    [Fact]
    public async Task A_stale_stock_write_that_raced_a_shopper_order_is_healed_by_the_reconcile_sweep()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(
            new DemoOptions { Channel = "woocommerce", StockCodes = 6, PullIntervalSeconds = 1, ReconcileIntervalSeconds = 3 }, ct);
        var shop = ((WooCommerceRunningSimulator)hub.World.Channel).Shop;
        var sku = await Eventually.GetAsync(() => Task.FromResult(shop.Read(s => s.TopLevelProducts
                .FirstOrDefault(p => p.Type == "simple" && p.ManageStock && p.StockQuantity >= 3)?.Sku)),
            "a simple product with stock on WooCommerce", ct);
        var before = shop.Read(s => s.BySku(sku)!.StockQuantity!.Value);

        var placed = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);
        await Eventually.GetAsync(async () => (await hub.World.Channel.ReadOrderAsync(placed.OrderCode, ct))?.ErpOrderNumbers.FirstOrDefault(),
            $"order {placed.OrderCode} raised and its ERP number written back", ct);
        var settled = await Eventually.GetAsync(() => Task.FromResult(shop.Read(s => s.BySku(sku)?.StockQuantity is int q && q < before ? (object)q : null)),
            $"{sku}'s WooCommerce stock to drop below {before}", ct);

        // The stale absolute write, computed before the sale, lands now: the unit is for sale again.
        shop.Change(s => s.BySku(sku)!.StockQuantity = before);

        var healed = await Eventually.GetAsync(() => Task.FromResult(shop.Read(s => s.BySku(sku)?.StockQuantity is int q && q != before ? (object)q : null)),
            $"the sweep to write {sku}'s stock again", ct, seconds: 60);
        healed.ShouldBe(settled, "the sweep writes the projection, which already counts the sale");
    }
}
