using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.ISync.Simulator.Hosting;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Tests.Support;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.ISync.Tests.Connector;

public sealed class ProductReadTests(ISyncSimulatorFixture fixture) : IClassFixture<ISyncSimulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Variants_of_one_JobProductID_are_one_product_with_a_Size_option()
    {
        var products = await ReadAllAsync(fixture.Connect());

        var shirt = products["ISY-0005"];
        shirt.Title.ShouldBe("Trail shirt 5");
        shirt.Options.ShouldBe(["Size"]);
        shirt.Variants.Select(v => (v.Sku, v.Option1)).OrderBy(v => v.Sku, StringComparer.Ordinal)
            .ShouldBe([("ISY-0005-L", "L"), ("ISY-0005-M", "M"), ("ISY-0005-S", "S")]);
        products.Keys.ShouldNotContain("ISY-0005-S");
        var simple = products["ISY-0001"];
        simple.Variants.ShouldHaveSingleItem().Sku.ShouldBe("ISY-0001");
        simple.Options.ShouldBeEmpty();
    }

    [Fact]
    public async Task Prices_and_units_come_from_the_Master_warehouse_row()
    {
        var item = fixture.Simulator.Company.FindItem("ISY-0002")!;

        var variant = (await ReadAllAsync(fixture.Connect()))["ISY-0002"].Variants.ShouldHaveSingleItem();

        variant.Price.ShouldBe(item.SellingPrice);
        variant.PriceTiers["SellingPrice"].ShouldBe(item.SellingPrice);
        variant.PriceTiers["RetailSellingPrice"].ShouldBe(item.RetailSellingPrice);
        variant.Qty.ShouldBe(item.AvailableUnits);
        variant.QtyAvailability["Master"].ShouldBe(item.AvailableUnits);
        variant.InventoryManagement.ShouldBeTrue();
    }

    [Fact]
    public async Task WebSale_Ignore_is_never_sent_and_Delete_is_read_inactive()
    {
        var products = await ReadAllAsync(fixture.Connect());

        products.Keys.ShouldNotContain("ISY-0017"); // seeded Ignore
        products.Keys.ShouldNotContain("ISY-0034");
        var deleted = products["ISY-0023"];        // seeded Delete
        deleted.Active.ShouldBeFalse();
        deleted.Variants.ShouldAllBe(v => !v.Active);
        products["ISY-0001"].Active.ShouldBeTrue();
    }

    [Fact]
    public async Task One_variant_set_to_Delete_is_inactive_while_the_product_stays_active()
    {
        fixture.Simulator.Company.ChangeItem("ISY-0015-L", i => i.WebSale = WebSaleValues.Delete);
        fixture.Simulator.Company.ChangeItem("ISY-0015-S", i => i.WebSale = WebSaleValues.Ignore);

        var shirt = (await ReadAllAsync(fixture.Connect()))["ISY-0015"];

        shirt.Active.ShouldBeTrue();
        shirt.Variants.Select(v => (v.Sku, v.Active)).OrderBy(v => v.Sku, StringComparer.Ordinal)
            .ShouldBe([("ISY-0015-L", false), ("ISY-0015-M", true)]);
    }

    [Fact]
    public async Task A_WebSale_outside_the_three_fails_that_product_with_the_value_named_and_the_others_go_on()
    {
        fixture.Simulator.Company.ChangeItem("ISY-0007", i => i.WebSale = "Yes please");
        var log = new ListLogger();

        var products = await ReadAllAsync(fixture.Connect(logger: log));

        products.Keys.ShouldNotContain("ISY-0007");
        products.Keys.ShouldContain("ISY-0006");
        products.Keys.ShouldContain("ISY-0008");
        log.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("isync-1") && e.Message.Contains("ISY-0007") && e.Message.Contains("'Yes please'"));
        fixture.Simulator.Company.ChangeItem("ISY-0007", i => i.WebSale = WebSaleValues.Active);
    }

    [Fact]
    public async Task An_incremental_read_yields_the_changed_variants_whole_product_and_nothing_else()
    {
        var connector = fixture.Connect(new Dictionary<string, string> { ["page_size"] = "7" });
        var cursor = await LastCursorAsync(connector, null);

        fixture.Simulator.Company.ChangeItem("ISY-0010-M", i => i.SellingPrice = 777.77m);
        var changed = new List<Product>();
        await foreach (var c in connector.ReadChangedProductsAsync(cursor, Ct)) changed.Add(c.Record);

        var shirt = changed.ShouldHaveSingleItem();
        shirt.SourceProductCode.ShouldBe("ISY-0010");
        shirt.Variants.Length.ShouldBe(3);
        shirt.Variants.Single(v => v.Sku == "ISY-0010-M").Price.ShouldBe(777.77m);
    }

    [Fact]
    public async Task A_product_switched_to_Ignore_is_not_sent_again_and_one_switched_to_Delete_is_sent_inactive()
    {
        var connector = fixture.Connect();
        var cursor = await LastCursorAsync(connector, null);

        fixture.Simulator.Company.ChangeItem("ISY-0003", i => i.WebSale = WebSaleValues.Ignore);
        fixture.Simulator.Company.ChangeItem("ISY-0004", i => i.WebSale = WebSaleValues.Delete);
        var changed = new List<Product>();
        await foreach (var c in connector.ReadChangedProductsAsync(cursor, Ct)) changed.Add(c.Record);

        changed.Select(p => p.SourceProductCode).ShouldBe(["ISY-0004"]);
        changed[0].Active.ShouldBeFalse();
    }

    [Fact]
    public async Task A_read_resumed_from_any_yielded_cursor_misses_nothing_after_it()
    {
        var connector = fixture.Connect(new Dictionary<string, string> { ["page_size"] = "5" });
        var all = new List<(string Code, string Cursor)>();
        await foreach (var c in connector.ReadChangedProductsAsync(null, Ct)) all.Add((c.Record.SourceProductCode, c.Cursor));

        var middle = all.Count / 2;
        var resumed = new List<string>();
        await foreach (var c in connector.ReadChangedProductsAsync(all[middle].Cursor, Ct)) resumed.Add(c.Record.SourceProductCode);

        resumed.ShouldBeSubsetOf(all.Select(a => a.Code));
        foreach (var (code, _) in all.Skip(middle + 1)) resumed.ShouldContain(code);
    }

    [Fact]
    public async Task A_session_that_expires_mid_sync_is_renewed_by_a_new_login_and_the_read_completes()
    {
        var connector = fixture.Connect(new Dictionary<string, string> { ["page_size"] = "10" });
        var codes = new List<string>();
        await using (var reading = connector.ReadChangedProductsAsync(null, Ct).GetAsyncEnumerator(Ct))
        {
            (await reading.MoveNextAsync()).ShouldBeTrue();
            codes.Add(reading.Current.Record.SourceProductCode);
            fixture.Simulator.Company.ExpireAll().ShouldBeGreaterThan(0);
            while (await reading.MoveNextAsync()) codes.Add(reading.Current.Record.SourceProductCode);
        }

        connector.Logins.ShouldBe(2);
        codes.Distinct().Count().ShouldBe(codes.Count);
        codes.ShouldContain("ISY-0060");
    }

    [Fact]
    public async Task A_password_changed_in_iSync_fails_the_next_login_with_iSyncs_reason_and_never_the_password()
    {
        await using var other = await ISyncSimulatorHost.StartAsync(new ISyncSimulatorOptions { Products = 3 }, Ct);
        var settings = new Dictionary<string, string>(other.ConnectionSettings);
        other.Company.ChangePassword("changed-by-the-merchant");
        using var http = new HttpClient();
        var connector = new ISyncConnectorFactory().Create(new ConnectionContext("c", "x", settings, http, TimeProvider.System, new ListLogger()));

        var error = await Should.ThrowAsync<Errors.PermanentConnectorException>(async () =>
        {
            await foreach (var _ in ((ISyncConnector)connector).ReadProductsAsync(Ct)) { }
        });

        error.Message.ShouldContain("InvalidLogin");
        error.Message.ShouldNotContain(settings["password"]);
    }

    private static async Task<Dictionary<string, Product>> ReadAllAsync(ISyncConnector connector)
    {
        var products = new Dictionary<string, Product>(StringComparer.Ordinal);
        await foreach (var product in connector.ReadProductsAsync(Ct)) products.Add(product.SourceProductCode, product);
        return products;
    }

    private static async Task<string> LastCursorAsync(ISyncConnector connector, string? from)
    {
        string? cursor = null;
        await foreach (var c in connector.ReadChangedProductsAsync(from, Ct)) cursor = c.Cursor;
        return cursor.ShouldNotBeNull();
    }
}
