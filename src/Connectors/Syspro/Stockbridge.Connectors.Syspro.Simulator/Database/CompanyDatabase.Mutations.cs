using Microsoft.Data.Sqlite;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>Changes an ERP user makes in SYSPRO; each bumps the touched rows' TimeStamp through the rowversion triggers.</summary>
public sealed partial class CompanyDatabase
{
    /// <summary>Sets (or adds) a stock code's selling price for a price code.</summary>
    public Task ChangePriceAsync(string stockCode, string priceCode, decimal sellingPrice, CancellationToken cancellationToken = default) =>
        ExecuteChangeAsync(
            "INSERT INTO InvPrice (StockCode, PriceCode, SellingPrice) SELECT $code, $pc, $price WHERE EXISTS (SELECT 1 FROM InvMaster WHERE StockCode = $code) " +
            "ON CONFLICT (StockCode, PriceCode) DO UPDATE SET SellingPrice = excluded.SellingPrice",
            stockCode, cancellationToken, ("$pc", priceCode), ("$price", sellingPrice));

    /// <summary>Sets (or adds) a stock code's quantity on hand in a warehouse.</summary>
    public Task ChangeStockAsync(string stockCode, string warehouse, decimal qtyOnHand, CancellationToken cancellationToken = default) =>
        ExecuteChangeAsync(
            "INSERT INTO InvWarehouse (StockCode, Warehouse, QtyOnHand) SELECT $code, $wh, $qty WHERE EXISTS (SELECT 1 FROM InvMaster WHERE StockCode = $code) " +
            "ON CONFLICT (StockCode, Warehouse) DO UPDATE SET QtyOnHand = excluded.QtyOnHand",
            stockCode, cancellationToken, ("$wh", warehouse), ("$qty", qtyOnHand));

    /// <summary>Sets UserField1..5 of a stock code (which one marks "active" is a connection setting).</summary>
    public Task SetUserFieldAsync(string stockCode, int userField, string value, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(userField, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userField, 5);
        return ExecuteChangeAsync($"UPDATE InvMaster SET UserField{userField} = $value WHERE StockCode = $code", stockCode, cancellationToken, ("$value", value.PadRight(10)));
    }

    /// <summary>Changes a stock code's description.</summary>
    public Task ChangeDescriptionAsync(string stockCode, string description, CancellationToken cancellationToken = default) =>
        ExecuteChangeAsync("UPDATE InvMaster SET Description = $d WHERE StockCode = $code", stockCode, cancellationToken, ("$d", description.PadRight(50)));

    /// <summary>Puts a customer on hold (or releases it).</summary>
    public Task SetCustomerOnHoldAsync(string customer, bool onHold, CancellationToken cancellationToken = default) =>
        ExecuteChangeAsync("UPDATE ArCustomer SET CustomerOnHold = $h WHERE Customer = $code", customer, cancellationToken, ("$h", onHold ? "Y" : "N"));

    /// <summary>
    /// Sets a sales order's status as SYSPRO's dispatch and invoicing do (8 to invoice, 9 complete): the order can no longer be
    /// changed or cancelled through SORTOI.
    /// </summary>
    public Task SetSalesOrderStatusAsync(string salesOrder, string status, CancellationToken cancellationToken = default)
    {
        if (status is not ("1" or "4" or "8" or "9")) throw new ArgumentException($"Status '{status}' is not one the simulator sets (1, 4, 8, 9).", nameof(status));
        return ExecuteChangeAsync("UPDATE SorMaster SET OrderStatus = $s WHERE SalesOrder = $code", salesOrder, cancellationToken, ("$s", status));
    }

    /// <summary>Changes the unit price of one line of a sales order, as an ERP user editing the order would.</summary>
    public Task ChangeOrderLinePriceAsync(string salesOrder, int line, decimal price, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(price);
        return ExecuteChangeAsync("UPDATE SorDetail SET MPrice = $price WHERE SalesOrder = $code AND SalesOrderLine = $line AND LineType = '1'",
            salesOrder, cancellationToken, ("$line", line), ("$price", price));
    }

    /// <summary>Adds a stock code with a list price and stock in one warehouse.</summary>
    public Task AddStockCodeAsync(NewStockCode item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WriteAsync(async (connection, transaction) =>
        {
            var writer = new StockRowWriter(connection, transaction);
            writer.InsertMaster(item.StockCode, item.Description, "NEW", item.Active, 0);
            writer.InsertPrice(item.StockCode, "A", item.SellingPrice, 0);
            writer.InsertWarehouse(item.StockCode, item.Warehouse, item.QtyOnHand, 0, 0);
            await Task.CompletedTask;
            return true;
        }, cancellationToken);
    }

    private async Task ExecuteChangeAsync(string sql, string key, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        var changed = await WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, sql, [("$code", key), .. values.Select(v => (v.Name, (object?)v.Value))]);
            command.Transaction = transaction;
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        if (changed == 0) throw new KeyNotFoundException($"'{key}' does not exist in the company database.");
    }
}
