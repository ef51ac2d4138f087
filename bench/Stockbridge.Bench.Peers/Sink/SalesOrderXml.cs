using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Bench.Peers.Sink;

/// <summary>
/// The SORTOI-style XML the peers' flows build (node-red/build-flows.js): CustomerPoNumber = order name, Customer,
/// OrderDate, Email, ShipAddress1, ShipPostalCode, and a StockLine (StockCode, OrderQty, Price) per line item.
/// </summary>
internal static class SalesOrderXml
{
    public static string Build(Order order)
    {
        var ship = order.ShippingAddress;
        var header = new XElement("OrderHeader",
            new XElement("CustomerPoNumber", order.ChannelOrderCode),
            new XElement("OrderActionType", "A"),
            new XElement("Customer", order.SourceCustomerCode ?? PeerCustomers.DefaultCustomerCode),
            new XElement("OrderDate", order.PlacedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
            new XElement("Email", order.Customer?.Email ?? ""),
            new XElement("ShipAddress1", ship?.Address1 ?? ""),
            new XElement("ShipPostalCode", ship?.Zip ?? ""));
        var line = 0;
        var details = new XElement("OrderDetails", order.LineItems.Select(item => new XElement("StockLine",
            new XElement("CustomerPoLine", ++line),
            new XElement("LineActionType", "A"),
            new XElement("StockCode", item.Sku),
            new XElement("OrderQty", item.Qty.ToString("0.###", CultureInfo.InvariantCulture)),
            new XElement("Price", item.Price.ToString("0.00", CultureInfo.InvariantCulture)))));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement("SalesOrders", new XElement("Orders", header, details)));
        return document.Declaration + "\n" + document.Root!.ToString(SaveOptions.DisableFormatting);
    }
}
