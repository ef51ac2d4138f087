using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>What <c>GET /_sim/state</c> returns: counts, stock by SKU and location, orders with their tags and notes.</summary>
public sealed record StateSummary(
    int Products,
    int Variants,
    int Orders,
    int Customers,
    int AdminWrites,
    double BucketAvailable,
    IReadOnlyList<StockRow> Stock,
    IReadOnlyList<OrderRow> OrderList)
{
    public static StateSummary Of(SimulatorRuntime r)
    {
        var s = r.State;
        var stock = s.AllVariants.SelectMany(v => s.Locations.Where(l => s.Available(v.InventoryItemId, l.Id) is not null)
            .Select(l => new StockRow(v.Sku, Gid.For("Location", l.Id), s.Available(v.InventoryItemId, l.Id)!.Value, v.Price, v.CompareAtPrice))).ToList();
        var orders = s.Orders.Values.Select(o => new OrderRow(Gid.For("Order", o.Id), o.Name, o.Tags, o.Note, o.FulfillmentStatus)).ToList();
        return new StateSummary(s.Products.Count, s.AllVariants.Count(), s.Orders.Count, s.Customers.Count, s.AdminWrites, r.Bucket.Available, stock, orders);
    }
}
