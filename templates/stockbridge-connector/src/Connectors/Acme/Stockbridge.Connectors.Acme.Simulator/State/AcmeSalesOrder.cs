namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>A sales order in the ERP.</summary>
/// <param name="Number">The ERP's order number.</param>
/// <param name="Reference">The channel's order code it was raised for.</param>
/// <param name="Customer">The account it was raised against.</param>
/// <param name="Lines">Its lines.</param>
/// <param name="Freight">Freight charged ex tax.</param>
public sealed record AcmeSalesOrder(string Number, string Reference, string Customer, IReadOnlyList<AcmeOrderLine> Lines, decimal Freight)
{
    /// <summary>Its value ex tax: the lines' net totals plus freight.</summary>
    public decimal Value => Lines.Sum(l => l.NetTotal) + Freight;
}
