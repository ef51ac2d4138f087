using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database.Records;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

public sealed partial class CompanyDatabase
{
    /// <summary>A stock item with its list price and warehouses, or null.</summary>
    public async Task<StockItem?> FindStockItemAsync(string stockCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT m.StockCode, m.Description, m.LongDesc, m.StockUom, m.ProductClass, " +
            "COALESCE((SELECT SellingPrice FROM InvPrice p WHERE p.StockCode = m.StockCode AND p.PriceCode = m.ListPriceCode), 0), " +
            "m.UserField1, m.UserField2, m.UserField3, m.UserField4, m.UserField5 FROM InvMaster m WHERE m.StockCode = $code", ("$code", stockCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var fields = Enumerable.Range(6, 5).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!.TrimEnd()).ToList();
        var item = new StockItem(reader.GetString(0), reader.GetString(1).TrimEnd(), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetDecimal(5), fields, []);
        return item with { Warehouses = await ReadWarehousesAsync(connection, stockCode, cancellationToken) };
    }

    /// <summary>A customer, or null.</summary>
    public async Task<CustomerRecord?> FindCustomerAsync(string customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT Customer, Name, Email, PriceCode, CreditLimit, CustomerOnHold, Salesperson, OutstOrdVal FROM ArCustomer WHERE Customer = $c", ("$c", customer));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new CustomerRecord(reader.GetString(0), reader.GetString(1).TrimEnd(), reader.GetString(2), reader.GetString(3).TrimEnd(),
            reader.GetDecimal(4), reader.GetString(5), reader.GetString(6), reader.GetDecimal(7));
    }

    private static async Task<IReadOnlyList<WarehouseStock>> ReadWarehousesAsync(SqliteConnection connection, string stockCode, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT Warehouse, QtyOnHand, QtyAllocated FROM InvWarehouse WHERE StockCode = $code ORDER BY Warehouse", ("$code", stockCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<WarehouseStock>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(new WarehouseStock(reader.GetString(0), reader.GetDecimal(1), reader.GetDecimal(2)));
        return list;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
