using Stockbridge.Connectors.Magento1.Simulator.Hosting;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

namespace Stockbridge.Connectors.Magento1.Tests.Simulator;

/// <summary>Starts a simulated store on a free port and seeds it through its own state (never through the connector).</summary>
public static class TestStore
{
    /// <summary>A started store.</summary>
    public static Task<Magento1RunningSimulator> StartAsync(TimeProvider? time = null) =>
        Magento1SimulatorHost.StartAsync(new Magento1SimulatorOptions { Time = time ?? TimeProvider.System }, TestContext.Current.CancellationToken);

    /// <summary>Creates an enabled simple product with stock, as a merchant would in the admin.</summary>
    public static int CreateSimple(Magento1RunningSimulator store, string sku, string price, int qty) =>
        store.Store.CreateProduct("simple", "4", sku, new CatalogProductCreateEntity
        {
            Name = "Seeded " + sku,
            Price = price,
            Status = "1",
            StockData = new CatalogInventoryStockItemUpdateEntity { Qty = qty.ToString(System.Globalization.CultureInfo.InvariantCulture), IsInStock = "1", ManageStock = "1" },
        });
}
