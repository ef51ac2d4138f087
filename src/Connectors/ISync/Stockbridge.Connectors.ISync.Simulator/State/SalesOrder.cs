namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>A sales order iSync holds.</summary>
/// <param name="OrderNumber">iSync's document number.</param>
/// <param name="PoNumber">The <c>PONumber</c> (the channel's order code).</param>
/// <param name="CustomerCode">The debtor account it was raised against.</param>
/// <param name="OrderDate">The order date.</param>
/// <param name="DeliveryDetail">The delivery address as entered on the website.</param>
/// <param name="Lines">Its lines.</param>
public sealed record SalesOrder(string OrderNumber, string PoNumber, string CustomerCode, DateOnly OrderDate, string DeliveryDetail, IReadOnlyList<SalesOrderLine> Lines)
{
    /// <summary>Its value ex VAT: the sum of its line totals.</summary>
    public decimal Total => Lines.Sum(l => l.LineTotal);
}
