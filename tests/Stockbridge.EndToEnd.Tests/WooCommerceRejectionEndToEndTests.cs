using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// A product WooCommerce refuses fails only its own push job, with WooCommerce's own message, through the whole hub: the
/// merchant deletes a product in WooCommerce's admin, then the ERP changes the price of it and of another product; the
/// deleted one's job fails with "Invalid ID." and the other's price reaches WooCommerce.
/// </summary>
public sealed class WooCommerceRejectionEndToEndTests
{
    [Fact]
    public async Task A_product_woocommerce_refuses_fails_only_its_own_job_with_woocommerces_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { Channel = "woocommerce", StockCodes = 12, PullIntervalSeconds = 1 }, ct);
        var shop = ((WooCommerceRunningSimulator)hub.World.Channel).Shop;
        var simple = await Eventually.GetAsync(() => Task.FromResult(shop.Read(s =>
        {
            var skus = s.TopLevelProducts.Where(p => p.Type == "simple" && p.Sku.Length > 0).Select(p => p.Sku).ToList();
            return skus.Count >= 2 ? skus : null;
        })), "two simple products pushed to WooCommerce", ct);
        var (deleted, kept) = (simple[0], simple[1]);

        shop.Change(s =>
        {
            WooCatalog.Delete(s, s.BySku(deleted)!);
            return true;
        });
        var tier = hub.World.Source.Samples.PriceTier!;
        await hub.World.Syspro.Company.ChangePriceAsync(deleted, tier, 123.45m, ct);
        await hub.World.Syspro.Company.ChangePriceAsync(kept, tier, 234.56m, ct);

        await Eventually.GetAsync(() => Task.FromResult(shop.Read(s => s.BySku(kept)?.RegularPrice == 234.56m ? "" : null)),
            $"{kept}'s new price on WooCommerce", ct);
        var failed = await Eventually.GetAsync(async () =>
            (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
                .FirstOrDefault(j => j.Payload.Contains($"\"{deleted}\"", StringComparison.Ordinal)),
            $"{deleted}'s push job to fail", ct);
        failed.LastError.ShouldNotBeNull().ShouldContain("Invalid ID.");
        failed.LastError.ShouldContain(deleted);
        shop.Read(s => s.BySku(deleted)).ShouldBeNull("a refused update creates nothing behind the merchant's back");
        (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
            .ShouldHaveSingleItem("only the refused product's job fails");
    }
}
