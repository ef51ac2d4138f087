using Stockbridge.Connectors.Parcelninja.Tests.Support;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>Parcelninja's warehouse stock read through the connector (a stock location for the projection).</summary>
public sealed class StockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stock_of_a_sku_list_and_of_everything_shows_free_allocated_and_reserved_units()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        bed.Warehouse.SetStock("SKU-1", 20, "Stock Put Away", "Blue mug");
        bed.Warehouse.SetStock("SKU-2", 5, "Stock Put Away");
        bed.Warehouse.Reserve("SKU-1", 4, 1);
        await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(ParcelninjaTestBed.Code(), "SKU-1"), Ct);
        bed.AdvanceSteps(1);

        var subset = await bed.Connector.ReadStockAsync(["SKU-1"], Ct);
        var mug = Assert.Single(subset);
        Assert.Equal(("SKU-1", "Blue mug", 14, 2, 4, 14), (mug.Sku, mug.Name, mug.InStock, mug.Allocated, mug.Reserved, mug.Available));

        var all = await bed.Connector.ReadStockAsync(null, Ct);
        Assert.Equal(["SKU-1", "SKU-2"], all.Select(s => s.Sku));
        Assert.Equal(5, all[1].Available);
    }
}
