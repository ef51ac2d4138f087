using System.Xml.Linq;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>The SORTOI XmlParameters the simulator honours (values case-insensitive; blank = the setup default).</summary>
internal sealed record SortoiParameters(bool Import, bool CheckForCustomerPoNumbers, bool AcceptOrdersIfNoCredit, string? WarehouseListToUse)
{
    /// <summary>Reads SalesOrders/Parameters. Simulated setup defaults: IMPORT, no PO check, credit checked.</summary>
    public static SortoiParameters Parse(XElement root)
    {
        var p = root.Is("Parameters") ? root : root.Child("Parameters") ?? new XElement("Parameters");
        static bool Yes(string? v) => string.Equals(v, "Y", StringComparison.OrdinalIgnoreCase);
        var check = p.Text("CheckForCustomerPoNumbers");
        return new SortoiParameters(
            !string.Equals(p.Text("Process"), "VALIDATE", StringComparison.OrdinalIgnoreCase),
            Yes(check) || string.Equals(check, "C", StringComparison.OrdinalIgnoreCase),
            Yes(p.Text("AcceptOrdersIfNoCredit")),
            p.Text("WarehouseListToUse"));
    }
}
