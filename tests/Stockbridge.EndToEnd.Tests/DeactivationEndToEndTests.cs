using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>An ERP user deactivates a product in SYSPRO (its active UserField); the channel's rule archives it on Shopify.</summary>
public sealed class DeactivationEndToEndTests
{
    [Fact]
    public async Task Deactivating_a_product_in_syspro_archives_it_on_shopify()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 8, PullIntervalSeconds = 1 }, ct);
        var sku = await Eventually.GetAsync(() => hub.World.Shop.ReadAsync(s =>
            s.Products.Values.FirstOrDefault(p => p.Status == "ACTIVE" && p.Variants.Any(v => v.Sku is not null))?.Variants.First(v => v.Sku is not null).Sku, ct),
            "an active product on Shopify", ct);

        await hub.World.Syspro.Company.SetUserFieldAsync(sku, 1, "N", ct);

        var status = await Eventually.GetAsync(() => hub.World.Shop.ReadAsync(s =>
            s.Products.Values.Single(p => p.Variants.Any(v => v.Sku == sku)).Status is var st && st != "ACTIVE" ? st : null, ct),
            $"{sku} to leave ACTIVE on Shopify", ct);
        status.ShouldBe("ARCHIVED", "the demo's Shopify rule for inactive products is archive");
    }
}
