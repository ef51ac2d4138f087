namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>A SorMaster row with its SorDetail lines; <see cref="Value"/> is the order's value ex tax (its lines' values).</summary>
public sealed record SalesOrderRecord(
    string SalesOrder, string Customer, string CustomerName, string CustomerPoNumber, string OrderStatus, string OrderDate,
    string OrderType, string Salesperson, string Warehouse, long TimeStamp, IReadOnlyList<SalesOrderLineRecord> Lines)
{
    public decimal Value => Lines.Sum(l => l.Value);
}
