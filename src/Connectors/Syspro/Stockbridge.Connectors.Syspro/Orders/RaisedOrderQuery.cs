using System.Xml.Linq;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Enet;

namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>
/// Finds a sales order by CustomerPoNumber with COMFND (the e.net generic table find) on SorMaster — the read
/// SYSPRO documents for this (SORQRY itself is keyed by SalesOrder only). Cancelled orders (CancelledFlag Y,
/// OrderStatus * or \) do not count.
/// </summary>
internal static class RaisedOrderQuery
{
    public static string For(string customerPoNumber) => new XElement("Query",
        new XElement("TableName", "SorMaster"), new XElement("ReturnRows", "5"),
        new XElement("Columns", new XElement("Column", "SalesOrder"), new XElement("Column", "CustomerPoNumber"), new XElement("Column", "OrderStatus")),
        new XElement("Where",
            Expression(null, "CustomerPoNumber", "EQ", customerPoNumber),
            Expression("And", "CancelledFlag", "NE", "Y")),
        new XElement("OrderBy", new XElement("Column", "SalesOrder"))).ToString(SaveOptions.DisableFormatting);

    public static RaisedOrder? Read(string reply, string customerPoNumber)
    {
        if (EnetBody.IsError(reply)) throw new PermanentConnectorException($"SYSPRO COMFND on SorMaster failed: {reply.Trim()}");
        var root = EnetXml.Parse(reply, "COMFND");
        var errors = EnetXml.Errors(root);
        if (errors.Count > 0) throw new PermanentConnectorException($"SYSPRO COMFND on SorMaster failed: {errors[0].Description}", errors[0].Number);
        var row = root.Children("Row").FirstOrDefault(r => r.Text("OrderStatus") is not ("*" or "\\") && !string.IsNullOrEmpty(r.Text("SalesOrder")));
        return row is null ? null : new RaisedOrder(row.Text("SalesOrder")!, row.Text("CustomerPoNumber") ?? customerPoNumber);
    }

    private static XElement Expression(string? andOr, string column, string condition, string value) => new("Expression",
        new XElement("OpenBracket", "("), andOr is null ? null : new XElement("AndOr", andOr), new XElement("Column", column),
        new XElement("Condition", condition), new XElement("Value", value), new XElement("CloseBracket", ")"));
}
