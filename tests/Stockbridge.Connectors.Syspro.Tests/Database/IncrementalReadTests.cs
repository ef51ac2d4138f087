using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Database;

public sealed class IncrementalReadTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task ReadChangedProducts_After10PriceAnd10StockChanges_YieldsExactlyThose20()
    {
        var ct = TestContext.Current.CancellationToken;
        var connector = fixture.Connect();
        var cursor = await DrainAsync(connector, null, ct);

        var priced = Enumerable.Range(11, 10).Select(SeedCatalogue.StockCode).ToList();
        var stocked = Enumerable.Range(31, 10).Select(SeedCatalogue.StockCode).ToList();
        foreach (var code in priced) await fixture.Simulator.Company.ChangePriceAsync(code, "B", 77.7m, ct);
        foreach (var code in stocked) await fixture.Simulator.Company.ChangeStockAsync(code, "JHB", 999m, ct);

        var changed = new List<Domain.Catalog.Product>();
        string? next = null;
        await foreach (var item in connector.ReadChangedProductsAsync(cursor, ct))
        {
            changed.Add(item.Record);
            next = item.Cursor;
        }

        changed.Count.ShouldBe(20);
        changed.Select(p => p.SourceProductCode).Order().ShouldBe(priced.Concat(stocked).Order());
        changed.Where(p => priced.Contains(p.SourceProductCode)).ShouldAllBe(p => p.Variants[0].PriceTiers["B"] == 77.7m);
        changed.Where(p => stocked.Contains(p.SourceProductCode)).ShouldAllBe(p => p.Variants[0].QtyAvailability["JHB"] > 900m);
        (await CountAsync(connector, next, ct)).ShouldBe(0);
    }

    [Fact]
    public async Task ReadChangedProducts_FullReadResumedFromAMidwayCursor_ReadsEveryProductOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var connector = fixture.Connect();
        var seen = new List<string>();
        string? midway = null;
        await foreach (var item in connector.ReadChangedProductsAsync(null, ct))
        {
            seen.Add(item.Record.SourceProductCode);
            midway = item.Cursor;
            if (seen.Count == 120) break;
        }
        midway.ShouldStartWith("full:");
        await foreach (var item in connector.ReadChangedProductsAsync(midway, ct)) seen.Add(item.Record.SourceProductCode);

        var all = new List<string>();
        await foreach (var product in connector.ReadProductsAsync(ct)) all.Add(product.SourceProductCode);
        seen.ShouldBe(all);
    }

    [Fact]
    public async Task ReadChangedCustomers_AfterOneIsPutOnHold_YieldsOnlyThatCustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        var connector = fixture.Connect();
        string? cursor = null;
        await foreach (var item in connector.ReadChangedCustomersAsync(null, ct)) cursor = item.Cursor;

        await fixture.Simulator.Company.SetCustomerOnHoldAsync("C000005", true, ct);

        var changed = new List<Domain.Customers.Customer>();
        await foreach (var item in connector.ReadChangedCustomersAsync(cursor, ct)) changed.Add(item.Record);
        changed.Select(c => c.SourceCustomerCode).ShouldBe(["C000005"]);
        changed[0].OnHold.ShouldBeTrue();
    }

    private static async Task<string?> DrainAsync(SysproConnector connector, string? cursor, CancellationToken ct)
    {
        await foreach (var item in connector.ReadChangedProductsAsync(cursor, ct)) cursor = item.Cursor;
        return cursor;
    }

    private static async Task<int> CountAsync(SysproConnector connector, string? cursor, CancellationToken ct)
    {
        var n = 0;
        await foreach (var _ in connector.ReadChangedProductsAsync(cursor, ct)) n++;
        return n;
    }
}
