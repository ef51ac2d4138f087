using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// A product WooCommerce refuses fails only its own push job, with WooCommerce's own message, through the whole hub: the
/// merchant deletes one of its products (about 100) in WooCommerce's admin, then the ERP changes the price of all of them; the
/// deleted one's job fails with "Invalid ID." and the others' prices reach WooCommerce. (The hub sends each product's push as
/// its own job, one product per products/batch call; see docs/sync-pipeline.md, known limits.)
/// </summary>
public sealed class WooCommerceRejectionEndToEndTests
{
    [Fact]
    public async Task A_product_woocommerce_refuses_fails_only_its_own_job_with_woocommerces_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { Channel = "woocommerce", StockCodes = 100, PullIntervalSeconds = 1 }, ct);
        var shop = ((WooCommerceRunningSimulator)hub.World.Channel).Shop;
        // The first sync: every active stock code pushed (inactive ones are not), no push job left to run.
        var simple = await Eventually.GetAsync(async () =>
        {
            var skus = shop.Read(s => s.TopLevelProducts.Where(p => p.Type == "simple" && p.Sku.Length > 0).Select(p => p.Sku).ToList());
            return skus.Count >= 50 && await NoPushLeftAsync(hub, ct) ? skus : null;
        }, "the first sync's products pushed to WooCommerce", ct);
        var deleted = simple[37];
        var kept = simple.Where(sku => sku != deleted).ToList();

        shop.Change(s =>
        {
            WooCatalog.Delete(s, s.BySku(deleted)!);
            return true;
        });
        var tier = hub.World.Source.Samples.PriceTier!;
        foreach (var sku in simple) await hub.World.Syspro.Company.ChangePriceAsync(sku, tier, 123.45m, ct);

        await Eventually.GetAsync(() => Task.FromResult(shop.Read(s => kept.All(sku => s.BySku(sku)?.RegularPrice == 123.45m) ? "" : null)),
            $"the other {kept.Count} products' new price on WooCommerce", ct);
        var failed = await Eventually.GetAsync(async () =>
            (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
                .FirstOrDefault(j => j.Payload.Contains($"\"{deleted}\"", StringComparison.Ordinal)),
            $"{deleted}'s push job to fail", ct);
        failed.LastError.ShouldNotBeNull().ShouldContain("Invalid ID.");
        failed.LastError.ShouldContain(deleted);
        shop.Read(s => s.BySku(deleted)).ShouldBeNull("a refused update creates nothing behind the merchant's back");
        (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
            .ShouldAllBe(j => j.Key == deleted, "only the refused product's jobs fail (its price change, and the sweep's forced push if it ran)");
    }

    private static async Task<bool> NoPushLeftAsync(InProcessHub hub, CancellationToken ct)
    {
        foreach (var state in new[] { JobState.Pending, JobState.Running })
            if ((await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(state, SyncJobKinds.ChannelPush, hub.World.ChannelConnection, Limit: 1), ct)).Count > 0)
                return false;
        return true;
    }
}
