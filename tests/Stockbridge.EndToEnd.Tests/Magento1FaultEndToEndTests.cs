using Stockbridge.Connectors.Magento1.Simulator.Hosting;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// A SOAP fault from Magento 1 fails only that product's push job, with Magento's code and message, through the whole hub:
/// the merchant moves one product into the Clothing attribute set (whose "size" attribute is required and empty for it)
/// in Magento's admin, then the ERP changes the price of all of them; Magento refuses that product's catalogProductUpdate
/// with fault 102 'Value for "size" is invalid.', its job fails saying so, and the others' prices reach Magento.
/// </summary>
public sealed class Magento1FaultEndToEndTests
{
    private const int ClothingSet = 9;

    [Fact]
    public async Task A_product_magento_refuses_fails_only_its_own_job_with_magentos_fault_code_and_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { Channel = "magento1", StockCodes = 40, PullIntervalSeconds = 1 }, ct);
        var store = ((Magento1RunningSimulator)hub.World.Channel).Store;
        // The first sync: standalone simples (not a configurable's children), no push job left to run.
        var simple = await Eventually.GetAsync(async () =>
        {
            var skus = store.ReadProducts(products => products
                .Where(p => p.Type == "simple" && !products.Any(c => c.ChildSkus.Contains(p.Sku)))
                .OrderBy(p => p.Id).Select(p => p.Sku).ToList());
            return skus.Count >= 10 && await NoPushLeftAsync(hub, ct) ? skus : null;
        }, "the first sync's products pushed to Magento", ct);
        var refused = simple[simple.Count / 2];
        var kept = simple.Where(sku => sku != refused).ToList();
        var priceBefore = store.ReadProducts(products => products.Single(p => p.Sku == refused).Price);

        store.MoveToAttributeSet(refused, ClothingSet);
        var tier = hub.World.Source.Samples.PriceTier!;
        foreach (var sku in simple) await hub.World.Syspro.Company.ChangePriceAsync(sku, tier, 123.45m, ct);

        await Eventually.GetAsync(() => Task.FromResult(store.ReadProducts(products =>
                kept.All(sku => products.Single(p => p.Sku == sku).Price == 123.45m) ? "" : null)),
            $"the other {kept.Count} products' new price on Magento", ct);
        var failed = await Eventually.GetAsync(async () =>
            (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
                .FirstOrDefault(j => j.Payload.Contains($"\"{refused}\"", StringComparison.Ordinal)),
            $"{refused}'s push job to fail", ct);
        failed.LastError.ShouldNotBeNull().ShouldContain("Magento fault 102 on catalogProductUpdate: ");
        failed.LastError.ShouldContain("Value for \"size\" is invalid.");
        store.ReadProducts(products => products.Single(p => p.Sku == refused).Price).ShouldBe(priceBefore, "Magento saved nothing of the refused update");
        (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Failed, SyncJobKinds.ChannelPush, hub.World.ChannelConnection), ct))
            .ShouldAllBe(j => j.Key == refused, "only the refused product's jobs fail (its price change, and the sweep's forced push if it ran)");
    }

    private static async Task<bool> NoPushLeftAsync(InProcessHub hub, CancellationToken ct)
    {
        foreach (var state in new[] { JobState.Pending, JobState.Running })
            if ((await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(state, SyncJobKinds.ChannelPush, hub.World.ChannelConnection, Limit: 1), ct)).Count > 0)
                return false;
        return true;
    }
}
