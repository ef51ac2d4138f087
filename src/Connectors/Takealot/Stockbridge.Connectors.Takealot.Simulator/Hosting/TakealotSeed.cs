using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Hosting;

/// <summary>A new seller account: two merchant warehouses, Takealot's DCs, and a few catalogue products offers can be made on.</summary>
public static class TakealotSeed
{
    /// <summary>The merchant warehouse leadtime stock goes to unless a connection maps another.</summary>
    public const int MainWarehouseId = 3001;

    /// <summary>Seeds <paramref name="state"/>.</summary>
    public static void Apply(TakealotState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Read(s =>
        {
            s.MerchantWarehouses.Add(new TakealotWarehouse(MainWarehouseId, "Main warehouse (Johannesburg)", "JHB"));
            s.MerchantWarehouses.Add(new TakealotWarehouse(3002, "Cape Town branch", "CPT"));
            s.Dcs.Add(new TakealotWarehouse(1, "Johannesburg DC", "JHB"));
            s.Dcs.Add(new TakealotWarehouse(2, "Cape Town DC", "CPT"));
            s.Dcs.Add(new TakealotWarehouse(3, "Durban DC", "DBN"));
            foreach (var (barcode, title) in new[]
            {
                ("6001234567890", "Camping Chair, Folding, Green"),
                ("6009876543210", "LED Headlamp 300 Lumen"),
                ("6005555000012", "Hiking Backpack 45L"),
            })
                s.Catalogue[barcode] = new CatalogueProduct(barcode, s.NextNumber(), title);
            return 0;
        });
    }
}
