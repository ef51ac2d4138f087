using System.Xml.Linq;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Enet;

namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>
/// Reads a SORTOI XmlOut. Any ErrorDescription means rejection (a permanent error in SYSPRO's words). Otherwise the
/// new number is Order/SalesOrder; a clean import may carry only StatusOfItems (seen on SYSPRO 8.212), and then the
/// number has to be looked up by CustomerPoNumber.
/// </summary>
internal sealed record SortoiOutcome(string? SalesOrder, PermanentConnectorException? Rejection)
{
    public static SortoiOutcome Read(string reply)
    {
        if (EnetBody.IsError(reply)) return new(null, new PermanentConnectorException($"SYSPRO rejected the order: {reply.Trim()}"));
        var root = EnetXml.Parse(reply, "SORTOI");
        var errors = EnetXml.Errors(root);
        if (errors.Count > 0)
        {
            return new(null, new PermanentConnectorException($"SYSPRO rejected the order: {Describe(errors)}", errors[0].Number));
        }
        var number = root.DescendantsNamed("Order").Select(o => o.Text("SalesOrder")).FirstOrDefault(s => !string.IsNullOrEmpty(s));
        return new(number, null);
    }

    /// <summary>SORTOI's errors in SYSPRO's words, each with its number: "Stock code 'X' not found (240004); …".</summary>
    public static string Describe(IReadOnlyList<(string? Number, string Description)> errors) =>
        string.Join("; ", errors.Select(e => e.Number is null ? e.Description : $"{e.Description} ({e.Number})"));
}
