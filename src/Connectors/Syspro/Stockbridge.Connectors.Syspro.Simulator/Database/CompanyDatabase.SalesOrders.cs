using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database.Records;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

public sealed partial class CompanyDatabase
{
    private const string OrderColumns =
        "SELECT SalesOrder, Customer, CustomerName, CustomerPoNumber, OrderStatus, OrderDate, OrderType, Salesperson, Warehouse, TimeStamp FROM SorMaster ";

    /// <summary>Every sales order with its lines, oldest first.</summary>
    public async Task<IReadOnlyList<SalesOrderRecord>> ListSalesOrdersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, OrderColumns + "ORDER BY SalesOrder");
        return await ReadOrdersAsync(connection, command, cancellationToken);
    }

    /// <summary>A sales order by number, or null.</summary>
    public async Task<SalesOrderRecord?> FindSalesOrderAsync(string salesOrder, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, OrderColumns + "WHERE SalesOrder = $so", ("$so", salesOrder));
        return (await ReadOrdersAsync(connection, command, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Every sales order (cancelled ones too) with this customer PO number, oldest first.</summary>
    public async Task<IReadOnlyList<SalesOrderRecord>> ListSalesOrdersByPoAsync(string customerPoNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, OrderColumns + "WHERE TRIM(CustomerPoNumber) = $po ORDER BY SalesOrder", ("$po", customerPoNumber));
        return await ReadOrdersAsync(connection, command, cancellationToken);
    }

    /// <summary>The first live (not cancelled) sales order with this customer PO number, optionally for one customer.</summary>
    public async Task<SalesOrderRecord?> FindSalesOrderByPoAsync(string customerPoNumber, string? customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, OrderColumns +
            "WHERE CancelledFlag <> 'Y' AND CustomerPoNumber = $po AND ($c IS NULL OR Customer = $c) ORDER BY SalesOrder LIMIT 1",
            ("$po", customerPoNumber), ("$c", string.IsNullOrEmpty(customer) ? null : customer));
        return (await ReadOrdersAsync(connection, command, cancellationToken)).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<SalesOrderRecord>> ReadOrdersAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken)
    {
        var orders = new List<SalesOrderRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                orders.Add(new SalesOrderRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetInt64(9), []));
            }
        }
        var lines = await ReadLinesAsync(connection, orders.Count == 1 ? orders[0].SalesOrder : null, cancellationToken);
        return orders.Select(o => o with { Lines = lines.TryGetValue(o.SalesOrder, out var l) ? l : [] }).ToList();
    }

    private static async Task<Dictionary<string, List<SalesOrderLineRecord>>> ReadLinesAsync(SqliteConnection connection, string? salesOrder, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT SalesOrder, SalesOrderLine, LineType, MStockCode, MStockDes, MWarehouse, MOrderQty, MShipQty, MBackOrderQty, MPrice, NMscChargeValue, " +
            "MDiscValFlag, MDiscValue, MDiscPct1, MDiscPct2, MDiscPct3 " +
            "FROM SorDetail WHERE ($so IS NULL OR SalesOrder = $so) ORDER BY SalesOrder, SalesOrderLine", ("$so", salesOrder));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var byOrder = new Dictionary<string, List<SalesOrderLineRecord>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var resolved = new Enet.Sortoi.ResolvedLine(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetDecimal(6), reader.GetDecimal(9), "", reader.GetDecimal(10), "", "",
                reader.GetDecimal(12), reader.GetString(11).Trim(), reader.GetDecimal(13), reader.GetDecimal(14), reader.GetDecimal(15));
            var line = new SalesOrderLineRecord(reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetDecimal(9), reader.GetDecimal(10),
                resolved.LineType == "1" ? resolved.Discount : 0, resolved.LineType == "6" ? 0 : resolved.Value);
            if (!byOrder.TryGetValue(reader.GetString(0), out var list)) byOrder[reader.GetString(0)] = list = [];
            list.Add(line);
        }
        return byOrder;
    }
}
