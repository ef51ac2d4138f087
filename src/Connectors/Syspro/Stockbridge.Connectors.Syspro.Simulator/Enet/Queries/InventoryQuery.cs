using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;

/// <summary>INVQRY: a stock item with its warehouses (raw and Edited_ quantities, AvailableQty).</summary>
internal static class InventoryQuery
{
    public static async Task<XElement> RunAsync(CompanyDatabase company, XElement request, CancellationToken cancellationToken)
    {
        var code = QueryKey.Of(request, "StockCode") ?? "";
        var item = await company.FindStockItemAsync(code, cancellationToken);
        if (item is null)
            return EnetReply.Root("InvQuery", EnetReply.Error("StockCode", code, 240004, $"Stock code '{code}' not found"));

        var stockItem = new XElement("StockItem",
            new XElement("StockCode", item.StockCode), new XElement("Description", item.Description), new XElement("LongDesc", item.LongDesc),
            new XElement("StockUom", item.StockUom), new XElement("ProductClass", item.ProductClass),
            new XElement("SellingPrice", Number(item.ListPrice)), new XElement("Edited_SellingPrice", item.ListPrice.ToString("N2", CultureInfo.InvariantCulture)),
            Enumerable.Range(1, 5).Select(i => new XElement($"UserField{i}", item.UserFields[i - 1])));
        var warehouses = item.Warehouses.Select(w => new XElement("WarehouseItem",
            new XElement("Warehouse", w.Warehouse), new XElement("QtyOnHand", Number(w.QtyOnHand)),
            new XElement("Edited_QtyOnHand", w.QtyOnHand.ToString("N3", CultureInfo.InvariantCulture)),
            new XElement("AvailableQty", Number(w.QtyOnHand - w.QtyAllocated)), new XElement("QtyAllocated", Number(w.QtyAllocated))));
        return EnetReply.Root("InvQuery", stockItem, warehouses);
    }

    /// <summary>SYSPRO's raw numbers are right-aligned in a fixed width.</summary>
    internal static string Number(decimal value) => value.ToString("0.000000", CultureInfo.InvariantCulture).PadLeft(18);
}
