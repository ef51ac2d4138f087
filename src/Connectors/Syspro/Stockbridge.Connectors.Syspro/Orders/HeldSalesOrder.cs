namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>A sales order as SorMaster and SorDetail hold it now, for working out a SORTOI change document.</summary>
/// <param name="SalesOrder">The sales order number.</param>
/// <param name="CustomerPoNumber">Its customer PO number (the channel order code).</param>
/// <param name="Status">SorMaster.OrderStatus.</param>
/// <param name="Cancelled">SorMaster.CancelledFlag is Y (or the status is '\').</param>
/// <param name="Lines">Its lines in line order, comment lines left out.</param>
internal sealed record HeldSalesOrder(string SalesOrder, string CustomerPoNumber, string Status, bool Cancelled, IReadOnlyList<HeldSalesOrderLine> Lines)
{
    /// <summary>The order's value ex tax: the sum of its lines.</summary>
    public decimal Value => Lines.Sum(l => l.Value);
}
