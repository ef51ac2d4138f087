using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Orders.Pricing;

namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>
/// SORTOI change (OrderActionType C) and cancel (D) documents for a sales order the hub raised. A change makes the order hold the
/// target order priced as a raise would price it (<see cref="ErpOrderPricing"/>, the connection's discount and shipping modes):
/// each stocked line is matched to a target line by stock code in order and set to its quantity, unit price and discount
/// (LineActionType C) or removed (D); freight lines are matched to the target's shipping charges and misc-charge lines to its other
/// charges by description, then in order. Lines are named by CustomerPoLine = the SorDetail line number. Only reductions and
/// removals are made: a target needing a new line is refused. [guess: SYSPRO's change semantics are reconstructed from the
/// SORTOIDOC element list; see docs/connectors/syspro.md.]
/// </summary>
internal static class SortoiChangeDocument
{
    /// <summary>The change document and what it changes, for people; null when the order already holds the target.</summary>
    public static (string Xml, IReadOnlyList<string> Changes)? Change(HeldSalesOrder held, Order target, SysproOptions options)
    {
        var priced = ErpOrderPricing.Price(target, options.DiscountMode, includeShipping: options.ShippingLineMode != "none");
        var lines = new List<XElement>();
        var changes = new List<string>();
        var pending = priced.Lines.ToList();
        foreach (var line in held.Lines.Where(l => l.LineType == "1"))
        {
            var i = pending.FindIndex(p => string.Equals(p.Sku.Trim(), line.StockCode, StringComparison.OrdinalIgnoreCase));
            if (i < 0)
            {
                lines.Add(Line("StockLine", line.Line, "D"));
                changes.Add($"line {line.Line} ({line.StockCode} × {Qty(line.Qty)}) removed");
                continue;
            }
            var p = pending[i];
            pending.RemoveAt(i);
            if (p.Qty == line.Qty && p.UnitPrice == line.Price && p.DiscountValue == line.DiscountValue) continue;
            lines.Add(Line("StockLine", line.Line, "C",
                new XElement("OrderQty", p.Qty.ToString("0.000", CultureInfo.InvariantCulture)),
                new XElement("Price", p.UnitPrice.ToString("0.00000", CultureInfo.InvariantCulture)), new XElement("AlwaysUsePriceEntered", "Y"),
                new XElement("LineDiscValFlag", "V"), new XElement("LineDiscValue", SortoiDocument.Money(p.DiscountValue))));
            changes.Add($"line {line.Line} ({line.StockCode}) {Qty(line.Qty)} → {Qty(p.Qty)}");
        }
        var freight = priced.Charges.Where(c => c.Kind == ChargeKinds.Shipping && options.ShippingLineMode != "misc").ToList();
        var misc = priced.Charges.Except(freight).ToList();
        foreach (var line in held.Lines.Where(l => l.LineType is "4" or "5"))
        {
            var pool = line.LineType == "4" ? freight : misc;
            var i = pool.FindIndex(c => Trim(c.Description, 30) == line.Description);
            if (i < 0 && pool.Count > 0) i = 0;
            var name = line.LineType == "4" ? "freight" : $"charge '{line.Description}'";
            if (i < 0)
            {
                lines.Add(Line(line.LineType == "4" ? "FreightLine" : "MiscChargeLine", line.Line, "D"));
                changes.Add($"line {line.Line} ({name} {SortoiDocument.Money(line.Value)}) removed");
                continue;
            }
            var charge = pool[i];
            pool.RemoveAt(i);
            if (charge.Value == line.Value) continue;
            lines.Add(line.LineType == "4"
                ? Line("FreightLine", line.Line, "C", new XElement("FreightValue", SortoiDocument.Money(charge.Value)))
                : Line("MiscChargeLine", line.Line, "C", new XElement("MiscChargeValue", SortoiDocument.Money(charge.Value)), new XElement("MiscQuantity", "1")));
            changes.Add($"line {line.Line} ({name}) {SortoiDocument.Money(line.Value)} → {SortoiDocument.Money(charge.Value)}");
        }
        var missing = pending.Select(p => $"{p.Sku} × {Qty(p.Qty)}").Concat(freight.Concat(misc).Where(c => c.Value != 0).Select(c => $"{c.Description} {SortoiDocument.Money(c.Value)}")).ToList();
        if (missing.Count > 0)
            throw new PermanentConnectorException($"Sales order {held.SalesOrder} would need lines it does not have ({string.Join(", ", missing)}): " +
                "the hub only reduces or removes lines of a raised order. Change it in SYSPRO by hand.", "change_needs_new_lines");
        if (lines.Count == 0) return null;
        return (Document(held, "C", new XElement("OrderDetails", lines)), changes);
    }

    /// <summary>The cancel document of the order.</summary>
    public static string Cancel(HeldSalesOrder held) => Document(held, "D", null);

    private static string Document(HeldSalesOrder held, string action, XElement? details) =>
        new XElement("SalesOrders", new XElement("Orders",
            new XElement("OrderHeader", new XElement("CustomerPoNumber", held.CustomerPoNumber), new XElement("OrderActionType", action),
                new XElement("SalesOrder", held.SalesOrder)),
            details)).ToString(SaveOptions.DisableFormatting);

    private static XElement Line(string element, int number, string action, params XElement[] fields) =>
        new(element, new XElement("CustomerPoLine", number), new XElement("LineActionType", action), fields);

    private static string Trim(string text, int max) => text.Length > max ? text[..max] : text;

    private static string Qty(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
