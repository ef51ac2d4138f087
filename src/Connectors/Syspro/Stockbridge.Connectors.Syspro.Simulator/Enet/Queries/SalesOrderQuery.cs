using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;

/// <summary>
/// SORQRY: a sales order by Key/SalesOrder, or — a simulator extension the connector relies on, standing in for the
/// SorMaster-by-CustomerPoNumber read a real site does over SQL or COMFND — by Key/CustomerPoNumber (optionally with
/// Key/Customer). Cancelled orders are not found by PO number. Reply root SorDetail with flat header fields.
/// </summary>
internal static class SalesOrderQuery
{
    public static async Task<XElement> RunAsync(CompanyDatabase company, XElement request, CancellationToken cancellationToken)
    {
        var salesOrder = QueryKey.Of(request, "SalesOrder");
        var po = QueryKey.Of(request, "CustomerPoNumber");
        var order = !string.IsNullOrEmpty(salesOrder)
            ? await company.FindSalesOrderAsync(salesOrder, cancellationToken)
            : await company.FindSalesOrderByPoAsync(po ?? "", QueryKey.Of(request, "Customer"), cancellationToken);
        if (order is null)
        {
            var (field, value) = string.IsNullOrEmpty(salesOrder) ? ("CustomerPoNumber", po) : ("SalesOrder", salesOrder);
            return EnetReply.Root("SorDetail", EnetReply.Error(field, value, 110004, $"Sales order for {field} '{value}' not found"));
        }
        return EnetReply.Root("SorDetail",
            new XElement("SalesOrder", order.SalesOrder), new XElement("DocumentType", "O"), new XElement("Customer", order.Customer),
            new XElement("CustomerName", order.CustomerName), new XElement("Salesperson", order.Salesperson),
            new XElement("OrderStatus", order.OrderStatus), new XElement("CustomerPoNumber", order.CustomerPoNumber),
            new XElement("OrderDate", order.OrderDate), new XElement("OrderType", order.OrderType), new XElement("WebCreated", "Y"),
            order.Lines.Select(l => new XElement("SalesOrderLine",
                new XElement("Line", l.Line.ToString(CultureInfo.InvariantCulture)), new XElement("LineType", l.LineType),
                new XElement("StockCode", l.StockCode), new XElement("Warehouse", l.Warehouse),
                new XElement("OrderQty", InventoryQuery.Number(l.OrderQty)), new XElement("Price", InventoryQuery.Number(l.Price)))));
    }
}
