using System.Xml.Linq;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// One Orders block of a SORTOIDOC: its OrderHeader fields and OrderDetails lines. OrderActionType A adds an order; C changes and
/// D cancels the one named by SalesOrder (else by CustomerPoNumber), see <see cref="SortoiAmender"/>.
/// </summary>
internal sealed record SortoiOrder(
    string CustomerPoNumber, string Customer, string? CustomerName, string? OrderDate, string? Warehouse, string? OrderType,
    string? Salesperson, string? ShippingInstrs, string? Email, IReadOnlyList<string> ShipAddress, string? ShipPostalCode, IReadOnlyList<SortoiLine> Lines,
    string ActionType = "A", string? SalesOrder = null, string? CancelReasonCode = null)
{
    public static IReadOnlyList<SortoiOrder> ParseAll(XElement salesOrders) =>
        salesOrders.Children("Orders").Select(Parse).ToList();

    private static SortoiOrder Parse(XElement orders)
    {
        var h = orders.Child("OrderHeader") ?? new XElement("OrderHeader");
        var details = orders.Child("OrderDetails") ?? new XElement("OrderDetails");
        var lines = details.Elements().Select(ParseLine).OfType<SortoiLine>().ToList();
        return new SortoiOrder(h.Text("CustomerPoNumber") ?? "", h.Text("Customer") ?? "", h.Text("CustomerName"), h.Text("OrderDate"),
            h.Text("Warehouse"), h.Text("OrderType"), h.Text("Salesperson"), h.Text("ShippingInstrs"), h.Text("Email"),
            Enumerable.Range(1, 5).Select(i => h.Text($"ShipAddress{i}") ?? "").ToList(), h.Text("ShipPostalCode"), lines,
            (h.Text("OrderActionType") ?? "A").Trim().ToUpperInvariant(), h.Text("SalesOrder"), h.Text("CancelReasonCode"));
    }

    private static SortoiLine? ParseLine(XElement e)
    {
        var poLine = e.Text("CustomerPoLine");
        if (e.Is("StockLine"))
            return new SortoiLine("Stock", poLine, e.Text("StockCode"), e.Text("Warehouse"), e.Text("OrderQty"), e.Text("Price"), null, null, e.Text("StockDescription"), null,
                e.Text("LineDiscValue"), e.Text("LineDiscValFlag"), [e.Text("LineDiscPercent1"), e.Text("LineDiscPercent2"), e.Text("LineDiscPercent3")], Action(e));
        if (e.Is("CommentLine"))
            return new SortoiLine("Comment", poLine, null, null, null, null, e.Text("Comment"), null, null, null);
        if (e.Is("MiscChargeLine"))
            return new SortoiLine("Misc", poLine, null, null, e.Text("MiscQuantity"), null, null, e.Text("MiscChargeValue"), e.Text("MiscDescription"), e.Text("MiscProductClass"), LineActionType: Action(e));
        if (e.Is("FreightLine"))
            return new SortoiLine("Freight", poLine, null, null, null, null, null, e.Text("FreightValue"), "Freight", null, LineActionType: Action(e));
        return null; // unknown elements are silently ignored, as SYSPRO does
    }

    private static string Action(XElement line) => (line.Text("LineActionType") ?? "A").Trim().ToUpperInvariant();
}
