using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Database;

public sealed class ProductMappingTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task ReadProducts_StockCode_MapsPerSeedTable()
    {
        var ct = TestContext.Current.CancellationToken;
        var code = SeedCatalogue.StockCode(7);
        var item = (await fixture.Simulator.Company.FindStockItemAsync(code, ct))!;

        var product = await FindAsync(fixture.Connect(), code);

        product.SourceProductCode.ShouldBe(code);
        product.Title.ShouldBe(item.Description);
        product.Title.ShouldNotEndWith(" ");
        var variant = product.Variants.ShouldHaveSingleItem();
        variant.SourceVariantCode.ShouldBe(code);
        variant.Sku.ShouldBe(code);
        variant.InventoryManagement.ShouldBeTrue();
        variant.Price.ShouldBe(item.ListPrice);
        variant.PriceTiers.ShouldBe(await PricesAsync(code));
        foreach (var w in item.Warehouses) variant.QtyAvailability[w.Warehouse].ShouldBe(Math.Max(0, w.QtyOnHand - w.QtyAllocated));
        variant.Qty.ShouldBe(variant.QtyAvailability.Values.Sum());
    }

    [Fact]
    public async Task ReadProducts_ConfiguredUserFieldNotActiveValue_ProductInactive()
    {
        var ct = TestContext.Current.CancellationToken;
        var code = SeedCatalogue.StockCode(8);
        await fixture.Simulator.Company.SetUserFieldAsync(code, 3, "WEB", ct);
        var byField3 = fixture.Connect(new Dictionary<string, string> { ["active_user_field"] = "3", ["active_value"] = "web" });

        (await FindAsync(byField3, code)).Active.ShouldBeTrue();
        (await FindAsync(byField3, SeedCatalogue.StockCode(9))).Active.ShouldBeFalse();

        await fixture.Simulator.Company.SetUserFieldAsync(code, 1, "N", ct);
        var product = await FindAsync(fixture.Connect(), code);
        product.Active.ShouldBeFalse();
        product.Variants[0].Active.ShouldBeFalse();
    }

    [Fact]
    public async Task ReadProducts_WarehouseListSetting_OnlyThoseWarehousesCount()
    {
        var product = await FindAsync(fixture.Connect(new Dictionary<string, string> { ["warehouses"] = "JHB" }), SeedCatalogue.StockCode(12));

        product.Variants[0].QtyAvailability.Keys.ShouldBe(["JHB"]);
    }

    [Fact]
    public async Task ReadProducts_AddedStockCode_IsRead()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.Simulator.Company.AddStockCodeAsync(new NewStockCode("ZZ-NEW-1", "Brand New Kettle", 349.99m, 12m), ct);

        var product = await FindAsync(fixture.Connect(), "ZZ-NEW-1");

        product.Title.ShouldBe("Brand New Kettle");
        product.Variants[0].Price.ShouldBe(349.99m);
        product.Variants[0].QtyAvailability["JHB"].ShouldBe(12m);
    }

    [Fact]
    public async Task ReadProducts_StockCodeDecimals_AreTheVariantsQuantityDecimals()
    {
        var ct = TestContext.Current.CancellationToken;
        var (whole, weighed) = (SeedCatalogue.StockCode(11), SeedCatalogue.StockCode(12));
        await using (var connection = new SqliteConnection($"Data Source={fixture.Simulator.DatabasePath}"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE InvMaster SET Decimals = 3 WHERE StockCode = $code";
            command.Parameters.AddWithValue("$code", weighed);
            (await command.ExecuteNonQueryAsync(ct)).ShouldBe(1);
        }

        (await FindAsync(fixture.Connect(), whole)).Variants[0].QuantityDecimals.ShouldBe(0);
        (await FindAsync(fixture.Connect(), weighed)).Variants[0].QuantityDecimals.ShouldBe(3);
    }

    [Fact]
    public async Task ReadProducts_EveryStockCode_StreamedOnceInOrder()
    {
        var codes = new List<string>();
        await foreach (var p in fixture.Connect().ReadProductsAsync(TestContext.Current.CancellationToken)) codes.Add(p.SourceProductCode);

        codes.Count.ShouldBeGreaterThanOrEqualTo(300);
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToList());
        codes.Distinct().Count().ShouldBe(codes.Count);
    }

    private static async Task<Domain.Catalog.Product> FindAsync(SysproConnector connector, string code)
    {
        await foreach (var p in connector.ReadProductsAsync(TestContext.Current.CancellationToken))
            if (p.SourceProductCode == code) return p;
        throw new InvalidOperationException($"{code} not read");
    }

    private async Task<Dictionary<string, decimal>> PricesAsync(string code)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Simulator.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PriceCode, SellingPrice FROM InvPrice WHERE StockCode = $c";
        command.Parameters.AddWithValue("$c", code);
        await using var reader = await command.ExecuteReaderAsync();
        var prices = new Dictionary<string, decimal>();
        while (await reader.ReadAsync()) prices[reader.GetString(0)] = reader.GetDecimal(1);
        return prices;
    }
}
