using System.Data.Common;
using System.Globalization;
using Stockbridge.Connectors.Syspro.Orders;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// Reads one sales order's header state and lines (SorMaster, SorDetail) for a change or cancellation. Plain SQL that runs on
/// SQL Server and on the simulator's SQLite alike; a stocked line's value follows <see cref="OrderValueReader"/>'s rule.
/// </summary>
internal sealed class HeldSalesOrderReader(SysproDatabase database)
{
    public async Task<HeldSalesOrder?> ReadAsync(string salesOrder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        string po, status;
        bool cancelled;
        await using (var master = SysproDatabase.Command(connection,
            "SELECT SalesOrder, CustomerPoNumber, OrderStatus, CancelledFlag FROM SorMaster WHERE SalesOrder = @so", [("@so", salesOrder)]))
        await using (var reader = await master.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            po = Text(reader, 1);
            status = Text(reader, 2);
            cancelled = Text(reader, 3) == "Y" || status == "\\";
        }
        await using var detail = SysproDatabase.Command(connection,
            "SELECT SalesOrderLine, LineType, MStockCode, MStockDes, MOrderQty, MPrice, MDiscValFlag, MDiscValue, MDiscPct1, MDiscPct2, MDiscPct3, NMscChargeValue " +
            "FROM SorDetail WHERE SalesOrder = @so ORDER BY SalesOrderLine", [("@so", salesOrder)]);
        await using var lines = await detail.ExecuteReaderAsync(cancellationToken);
        var held = new List<HeldSalesOrderLine>();
        while (await lines.ReadAsync(cancellationToken))
        {
            var type = Text(lines, 1);
            if (type == "6") continue;
            var number = Convert.ToInt32(lines.GetValue(0), CultureInfo.InvariantCulture);
            if (type != "1")
            {
                held.Add(new HeldSalesOrderLine(number, type, "", Text(lines, 3), 1, 0, 0, lines.GetDecimal(11)));
                continue;
            }
            var qty = lines.GetDecimal(4);
            var price = lines.GetDecimal(5);
            var discount = SorDetailValue.Discount(qty, price, Text(lines, 6), lines.GetDecimal(7), lines.GetDecimal(8), lines.GetDecimal(9), lines.GetDecimal(10));
            held.Add(new HeldSalesOrderLine(number, type, Text(lines, 2), Text(lines, 3), qty, price, discount, SorDetailValue.Gross(qty, price) - discount));
        }
        return new HeldSalesOrder(salesOrder, po, status, cancelled, held);
    }

    private static string Text(DbDataReader r, int i) => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!.Trim();
}
