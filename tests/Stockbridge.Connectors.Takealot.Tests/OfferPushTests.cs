using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Takealot.Simulator.Hosting;
using Stockbridge.Connectors.Takealot.Tests.Support;

namespace Stockbridge.Connectors.Takealot.Tests;

/// <summary>Offers kept in step through batches: whole-rand prices, RRP, leadtime stock, and Takealot's refusals per offer.</summary>
public sealed class OfferPushTests(TakealotFixture fixture) : IClassFixture<TakealotFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prices_are_rounded_down_to_whole_rand_with_the_rrp_from_the_compare_at_price_and_stock_in_the_mapped_warehouse()
    {
        var sku = Products.Sku("R");

        var outcome = (await fixture.Connector().PushProductsAsync([Products.Push(sku, 99.99m, 7.6m, compareAt: 120.50m)], Ct)).ShouldHaveSingleItem();

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        outcome.Link!.Ids.ShouldContainKey("offer:" + sku);
        var offer = fixture.Simulator.State.Read(s => s.BySku(sku))!;
        offer.SellingPrice.ShouldBe(99);
        offer.Rrp.ShouldBe(120);
        offer.LeadtimeStock[TakealotSeed.MainWarehouseId].ShouldBe(7);
        offer.Status.ShouldBe("Buyable");
    }

    [Fact]
    public async Task An_rrp_not_above_the_price_is_removed_so_no_offer_is_priced_above_its_rrp()
    {
        var sku = Products.Sku("N");
        var connector = fixture.Connector();
        await connector.PushProductsAsync([Products.Push(sku, 100m, 1m, compareAt: 150m)], Ct);

        // The projection drops a compare-at price that is not above the selling price; the RRP must then go, not stay at 150 below a new 200.
        var outcome = (await connector.PushProductsAsync([Products.Push(sku, 200m, 1m)], Ct)).ShouldHaveSingleItem();

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        fixture.Simulator.State.Read(s => (s.BySku(sku)!.SellingPrice, s.BySku(sku)!.Rrp)).ShouldBe((200, 0));
    }

    [Fact]
    public async Task An_offer_Takealot_refuses_fails_only_its_own_product_with_the_sku_and_Takealots_message()
    {
        var refused = Products.Sku("X");
        var fine = Products.Sku("F");
        var connector = fixture.Connector();
        await connector.PushProductsAsync([Products.Push(refused, 50m, 1m), Products.Push(fine, 60m, 1m)], Ct);
        (await fixture.Http.PostAsync($"_sim/offers/{refused}/disable", null, Ct)).EnsureSuccessStatusCode();

        var outcomes = await connector.PushProductsAsync([Products.Push(refused, 55m, 2m), Products.Push(fine, 65m, 2m)], Ct);

        outcomes[0].Succeeded.ShouldBeFalse();
        outcomes[0].Error.ShouldBe($"SKU {refused}: E30: This offer has been disabled by Takealot and cannot be edited.");
        outcomes[1].Succeeded.ShouldBeTrue(outcomes[1].Error);
        fixture.Simulator.State.Read(s => (s.BySku(refused)!.SellingPrice, s.BySku(fine)!.SellingPrice)).ShouldBe((50, 65));
    }

    [Fact]
    public async Task A_barcode_in_the_catalogue_creates_the_offer_on_that_product_and_one_not_in_it_is_refused_with_E2()
    {
        var listed = Products.Sku("B");
        var unknown = Products.Sku("U");

        var outcomes = await fixture.Connector().PushProductsAsync(
            [Products.Push(listed, 499m, 3m, barcode: "6009876543210"), Products.Push(unknown, 10m, 1m, barcode: "0000000000000")], Ct);

        outcomes[0].Succeeded.ShouldBeTrue(outcomes[0].Error);
        fixture.Simulator.State.Read(s => s.BySku(listed)!.Product.Title).ShouldBe("LED Headlamp 300 Lumen");
        outcomes[1].Error.ShouldBe($"SKU {unknown}: E2: The barcode '0000000000000' does not exist in Takealot's catalogue.");
    }

    [Fact]
    public async Task A_price_below_one_rand_is_refused_before_anything_is_sent()
    {
        var sku = Products.Sku("Z");

        var outcome = (await fixture.Connector().PushProductsAsync([Products.Push(sku, 0.99m, 1m)], Ct)).ShouldHaveSingleItem();

        outcome.Error.ShouldNotBeNull().ShouldStartWith($"SKU {sku}: no selling price of R1 or more");
        fixture.Simulator.State.Read(s => s.BySku(sku)).ShouldBeNull();
    }

    [Fact]
    public async Task Stock_goes_to_the_mapped_warehouse_in_whole_units_and_an_unknown_warehouse_fails_that_sku()
    {
        var sku = Products.Sku("S");
        var connector = fixture.Connector();
        var link = (await connector.PushProductsAsync([Products.Push(sku, 20m, 1m)], Ct))[0].Link;

        var outcomes = await connector.PushStockAsync([new StockPush(sku, null, 12.9m, null, link), new StockPush(sku, "9999", 3m, null, link)], Ct);

        outcomes[0].Succeeded.ShouldBeTrue(outcomes[0].Error);
        outcomes[1].Error.ShouldBe($"SKU {sku}: E16: Merchant warehouse '9999' does not exist on your account.");
        fixture.Simulator.State.Read(s => s.BySku(sku)!.LeadtimeStock[TakealotSeed.MainWarehouseId]).ShouldBe(12);
    }

    [Fact]
    public async Task Snapshots_read_price_rrp_and_the_mapped_warehouses_stock()
    {
        var sku = Products.Sku("Q");
        var connector = fixture.Connector();
        await connector.PushProductsAsync([Products.Push(sku, 300m, 9m, compareAt: 350m)], Ct);

        var snapshot = (await connector.ReadSnapshotsAsync([sku, "NO-SUCH-" + sku], Ct)).ShouldHaveSingleItem();

        snapshot.ShouldBe(new ChannelSnapshot(sku, 9m, 300m, 350m, ChannelProductStatus.Active));
    }
}
