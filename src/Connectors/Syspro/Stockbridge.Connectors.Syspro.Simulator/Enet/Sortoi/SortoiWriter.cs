using System.Globalization;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>Writes an imported order to SorMaster and SorDetail, allocates its stock and adds its value to the customer's outstanding orders.</summary>
internal sealed class SortoiWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    public async Task<string> InsertAsync(ValidatedOrder validated, string today, CancellationToken ct)
    {
        var next = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(CAST(SalesOrder AS INTEGER)), 100000) + 1 FROM SorMaster", ct), CultureInfo.InvariantCulture);
        var salesOrder = next.ToString("D15", CultureInfo.InvariantCulture);
        var o = validated.Order;
        var warehouse = validated.Lines.FirstOrDefault(l => l.LineType == "1")?.Warehouse ?? o.Warehouse ?? "";
        await ExecAsync(
            "INSERT INTO SorMaster (SalesOrder, OrderStatus, Customer, CustomerName, CustomerPoNumber, OrderDate, EntrySystemDate, ReqShipDate, Salesperson, " +
            "Warehouse, OrderType, ShippingInstrs, ShipAddress1, ShipAddress2, ShipAddress3, ShipAddress4, ShipAddress5, ShipPostalCode, Email) " +
            "VALUES ($so, '1', $c, $cn, $po, $od, $today, $od, $sp, $wh, $ot, $si, $a1, $a2, $a3, $a4, $a5, $pc, $em)", ct,
            ("$so", salesOrder), ("$c", o.Customer), ("$cn", validated.CustomerName), ("$po", o.CustomerPoNumber), ("$od", validated.OrderDate),
            ("$today", today), ("$sp", validated.Salesperson), ("$wh", warehouse), ("$ot", o.OrderType ?? ""), ("$si", o.ShippingInstrs ?? ""),
            ("$a1", o.ShipAddress[0]), ("$a2", o.ShipAddress[1]), ("$a3", o.ShipAddress[2]), ("$a4", o.ShipAddress[3]), ("$a5", o.ShipAddress[4]),
            ("$pc", o.ShipPostalCode ?? ""), ("$em", o.Email ?? ""));

        var lineNumber = 0;
        foreach (var line in validated.Lines)
        {
            var ship = line.LineType == "1" ? Math.Min(line.Qty, Math.Max(0, await AvailableAsync(line, ct))) : 0;
            await ExecAsync(
                "INSERT INTO SorDetail (SalesOrder, SalesOrderLine, LineType, MStockCode, MStockDes, MWarehouse, MOrderQty, MShipQty, MBackOrderQty, MPrice, " +
                "MPriceCode, NComment, NMscChargeValue, NMscProductCls, MDiscPct1, MDiscPct2, MDiscPct3, MDiscValFlag, MDiscValue) " +
                "VALUES ($so, $n, $lt, $sc, $d, $wh, $q, $ship, $bo, $p, $pc, $cm, $cv, $cls, $dp1, $dp2, $dp3, $dvf, $dv)", ct,
                ("$so", salesOrder), ("$n", ++lineNumber), ("$lt", line.LineType), ("$sc", line.StockCode), ("$d", line.Description), ("$wh", line.Warehouse),
                ("$q", line.Qty), ("$ship", ship), ("$bo", line.LineType == "1" ? line.Qty - ship : 0), ("$p", line.Price), ("$pc", line.PriceCode),
                ("$cm", line.Comment), ("$cv", line.ChargeValue), ("$cls", line.ProductClass), ("$dp1", line.DiscPct1), ("$dp2", line.DiscPct2),
                ("$dp3", line.DiscPct3), ("$dvf", line.DiscValFlag), ("$dv", line.DiscValue));
            if (ship > 0)
                await ExecAsync("UPDATE InvWarehouse SET QtyAllocated = QtyAllocated + $q WHERE StockCode = $sc AND Warehouse = $wh", ct,
                    ("$q", ship), ("$sc", line.StockCode), ("$wh", line.Warehouse));
        }
        await ExecAsync("UPDATE ArCustomer SET OutstOrdVal = OutstOrdVal + $v WHERE Customer = $c", ct, ("$v", validated.Value), ("$c", o.Customer));
        return salesOrder;
    }

    private async Task<decimal> AvailableAsync(ResolvedLine line, CancellationToken ct) =>
        Convert.ToDecimal(await ScalarAsync("SELECT QtyOnHand - QtyAllocated FROM InvWarehouse WHERE StockCode = $sc AND Warehouse = $wh", ct,
            ("$sc", line.StockCode), ("$wh", line.Warehouse)) ?? 0m, CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = CompanyDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(ct);
    }

    private async Task ExecAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = CompanyDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }
}
