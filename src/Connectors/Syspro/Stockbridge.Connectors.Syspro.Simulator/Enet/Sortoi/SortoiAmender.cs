using System.Globalization;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// SORTOI's change (OrderActionType C) and cancel (D) documents on an existing sales order, named by SalesOrder, else by a live
/// order's CustomerPoNumber. A change's lines are matched by CustomerPoLine to SorDetail's line numbers (the simulator numbers an
/// imported order's lines in document order, as the hub sends its CustomerPoLine); LineActionType C sets a stocked line's OrderQty
/// (and discount when given) or a charge line's value, D removes the line and its allocation. Cancelling sets OrderStatus '\' and
/// CancelledFlag 'Y' and releases the allocations. An order at status 8 (to invoice) or 9 (complete) is refused: it has been
/// dispatched or invoiced, and only a credit note can take value off it. The customer's outstanding order value follows.
/// [guess: the document shape is from SORTOIDOC's OrderActionType/LineActionType/CancelReasonCode; SYSPRO's exact refusals and
/// error numbers for changes are not published, and the numbers 200160-200164 are the simulator's own.]
/// </summary>
internal sealed class SortoiAmender(SqliteConnection connection, SqliteTransaction transaction)
{
    private sealed record HeldLine(int Number, string LineType, string StockCode, string Warehouse, decimal Qty, decimal Ship, decimal Price,
        string DiscFlag, decimal DiscValue, decimal Pct1, decimal Pct2, decimal Pct3, decimal Charge)
    {
        public decimal Value => LineType == "1"
            ? new ResolvedLine("1", StockCode, "", Warehouse, Qty, Price, "", 0, "", "", DiscValue, DiscFlag, Pct1, Pct2, Pct3).Value
            : LineType == "6" ? 0 : Charge;
    }

    public async Task<(string SalesOrder, List<XElement> Errors)> AmendAsync(SortoiOrder order, CancellationToken ct)
    {
        var errors = new List<XElement>();
        void HeaderError(string field, string? value, int number, string text) => errors.Add(new XElement("OrderHeader", EnetReply.Error(field, value, number, text)));
        var master = await MasterAsync(order, ct);
        if (master is null)
        {
            HeaderError(order.SalesOrder is null ? "CustomerPoNumber" : "SalesOrder", order.SalesOrder ?? order.CustomerPoNumber, 200160,
                order.SalesOrder is null ? $"No open sales order has customer purchase order number '{order.CustomerPoNumber}'" : $"Sales order '{order.SalesOrder}' not found");
            return ("", errors);
        }
        var (salesOrder, status, cancelled, customer) = master.Value;
        if (cancelled || status == "\\")
        {
            if (order.ActionType == "D") return (salesOrder, errors); // already cancelled: nothing to do
            HeaderError("SalesOrder", salesOrder, 200161, $"Sales order '{salesOrder}' is cancelled and cannot be changed");
            return (salesOrder, errors);
        }
        if (status is "8" or "9")
        {
            HeaderError("SalesOrder", salesOrder, 200162, $"Sales order '{salesOrder}' is at status {status} ({(status == "9" ? "complete" : "to invoice")}) " +
                "and cannot be changed or cancelled: it has been dispatched; raise a credit note against its invoice");
            return (salesOrder, errors);
        }
        var held = await LinesAsync(salesOrder, ct);
        var before = held.Sum(l => l.Value);
        if (order.ActionType == "D")
        {
            foreach (var line in held) await ReleaseAsync(line, line.Ship, ct);
            await ExecAsync("UPDATE SorMaster SET OrderStatus = '\\', CancelledFlag = 'Y', ActiveFlag = 'N' WHERE SalesOrder = $so", ct, ("$so", salesOrder));
            await ExecAsync("UPDATE ArCustomer SET OutstOrdVal = MAX(0, OutstOrdVal - $v) WHERE Customer = $c", ct, ("$v", before), ("$c", customer));
            return (salesOrder, errors);
        }

        var plan = new List<(SortoiLine Line, HeldLine Held, decimal? Qty, decimal? Value)>();
        foreach (var line in order.Lines)
        {
            XElement Fail(string field, string? value, int number, string text) =>
                new(line.Kind + "Line", new XElement("CustomerPoLine", line.CustomerPoLine ?? ""), EnetReply.Error(field, value, number, text));
            var match = int.TryParse(line.CustomerPoLine, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? held.FirstOrDefault(h => h.Number == n) : null;
            var type = line.Kind switch { "Stock" => "1", "Freight" => "4", "Misc" => "5", _ => "6" };
            if (line.LineActionType == "A") { errors.Add(Fail("LineActionType", "A", 200163, "Adding lines to an existing order is not supported by this simulator")); continue; }
            if (match is null || match.LineType != type) { errors.Add(Fail("CustomerPoLine", line.CustomerPoLine, 200164, $"Line '{line.CustomerPoLine}' is not a {line.Kind} line of sales order '{salesOrder}'")); continue; }
            if (line.LineActionType == "D") { plan.Add((line, match, null, null)); continue; }
            if (type == "1")
            {
                if (!decimal.TryParse(line.OrderQty, NumberStyles.Number, CultureInfo.InvariantCulture, out var qty) || qty <= 0)
                    errors.Add(Fail("OrderQty", line.OrderQty, 100029, $"Order quantity '{line.OrderQty}' is not numeric or not positive"));
                else if (line.Price is not null && (!decimal.TryParse(line.Price, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) || p < 0))
                    errors.Add(Fail("Price", line.Price, 100029, $"Price '{line.Price}' is not numeric"));
                else if (line.DiscValue is not null && (!decimal.TryParse(line.DiscValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) || d < 0))
                    errors.Add(Fail("LineDiscValue", line.DiscValue, 100029, $"Discount value '{line.DiscValue}' is not numeric or is negative"));
                else plan.Add((line, match, qty, null));
            }
            else if (!decimal.TryParse(line.ChargeValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                errors.Add(Fail(line.Kind + "Value", line.ChargeValue, 100029, $"Value '{line.ChargeValue}' is not numeric"));
            else plan.Add((line, match, null, value));
        }
        if (errors.Count > 0) return (salesOrder, errors);

        foreach (var (line, h, qty, value) in plan)
        {
            if (line.LineActionType == "D")
            {
                await ReleaseAsync(h, h.Ship, ct);
                await ExecAsync("DELETE FROM SorDetail WHERE SalesOrder = $so AND SalesOrderLine = $n", ct, ("$so", salesOrder), ("$n", h.Number));
            }
            else if (qty is { } q)
            {
                var ship = Math.Min(q, h.Ship);
                await ReleaseAsync(h, h.Ship - ship, ct);
                var flag = line.DiscValue is null ? h.DiscFlag : (line.DiscValFlag ?? "V").Trim().ToUpperInvariant();
                var disc = line.DiscValue is null ? h.DiscValue : decimal.Parse(line.DiscValue, NumberStyles.Number, CultureInfo.InvariantCulture);
                var price = line.Price is null ? h.Price : decimal.Parse(line.Price, NumberStyles.Number, CultureInfo.InvariantCulture);
                await ExecAsync("UPDATE SorDetail SET MOrderQty = $q, MShipQty = $ship, MBackOrderQty = $bo, MPrice = $p, MDiscValFlag = $f, MDiscValue = $d " +
                    "WHERE SalesOrder = $so AND SalesOrderLine = $n", ct, ("$q", q), ("$ship", ship), ("$bo", q - ship), ("$p", price), ("$f", flag), ("$d", disc),
                    ("$so", salesOrder), ("$n", h.Number));
            }
            else
                await ExecAsync("UPDATE SorDetail SET NMscChargeValue = $v WHERE SalesOrder = $so AND SalesOrderLine = $n", ct,
                    ("$v", value), ("$so", salesOrder), ("$n", h.Number));
        }
        var after = (await LinesAsync(salesOrder, ct)).Sum(l => l.Value);
        await ExecAsync("UPDATE ArCustomer SET OutstOrdVal = MAX(0, OutstOrdVal + $d) WHERE Customer = $c", ct, ("$d", after - before), ("$c", customer));
        return (salesOrder, errors);
    }

    private async Task<(string SalesOrder, string Status, bool Cancelled, string Customer)?> MasterAsync(SortoiOrder order, CancellationToken ct)
    {
        await using var command = Command(order.SalesOrder is { Length: > 0 }
            ? "SELECT SalesOrder, OrderStatus, CancelledFlag, Customer FROM SorMaster WHERE TRIM(SalesOrder) = $so"
            : "SELECT SalesOrder, OrderStatus, CancelledFlag, Customer FROM SorMaster WHERE CancelledFlag <> 'Y' AND CustomerPoNumber = $po ORDER BY SalesOrder LIMIT 1",
            ("$so", order.SalesOrder?.Trim()), ("$po", order.CustomerPoNumber));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return (reader.GetString(0), reader.GetString(1).Trim(), reader.GetString(2).Trim() == "Y", reader.GetString(3));
    }

    private async Task<List<HeldLine>> LinesAsync(string salesOrder, CancellationToken ct)
    {
        await using var command = Command("SELECT SalesOrderLine, LineType, MStockCode, MWarehouse, MOrderQty, MShipQty, MPrice, MDiscValFlag, MDiscValue, " +
            "MDiscPct1, MDiscPct2, MDiscPct3, NMscChargeValue FROM SorDetail WHERE SalesOrder = $so ORDER BY SalesOrderLine", ("$so", salesOrder));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lines = new List<HeldLine>();
        while (await reader.ReadAsync(ct))
            lines.Add(new HeldLine(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDecimal(4), reader.GetDecimal(5),
                reader.GetDecimal(6), reader.GetString(7).Trim(), reader.GetDecimal(8), reader.GetDecimal(9), reader.GetDecimal(10), reader.GetDecimal(11), reader.GetDecimal(12)));
        return lines;
    }

    private Task ReleaseAsync(HeldLine line, decimal qty, CancellationToken ct) => line.LineType != "1" || qty <= 0 ? Task.CompletedTask
        : ExecAsync("UPDATE InvWarehouse SET QtyAllocated = MAX(0, QtyAllocated - $q) WHERE StockCode = $sc AND Warehouse = $wh", ct,
            ("$q", qty), ("$sc", line.StockCode), ("$wh", line.Warehouse));

    private SqliteCommand Command(string sql, params (string, object?)[] parameters)
    {
        var command = CompanyDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    private async Task ExecAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }
}
