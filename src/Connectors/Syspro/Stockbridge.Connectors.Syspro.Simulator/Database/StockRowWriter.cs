using Microsoft.Data.Sqlite;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>Prepared inserts for InvMaster, InvPrice and InvWarehouse, reused for every row of a seed.</summary>
internal sealed class StockRowWriter
{
    private readonly SqliteCommand _master;
    private readonly SqliteCommand _price;
    private readonly SqliteCommand _warehouse;

    public StockRowWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _master = Prepare(connection, transaction,
            "INSERT INTO InvMaster (StockCode, Description, LongDesc, ProductClass, ListPriceCode, WarehouseToUse, UserField1, TimeStamp) " +
            "VALUES ($p0, $p1, $p2, $p3, 'A', 'JHB', $p4, $p5)", 6);
        _price = Prepare(connection, transaction,
            "INSERT INTO InvPrice (StockCode, PriceCode, SellingPrice, TimeStamp) VALUES ($p0, $p1, $p2, $p3)", 4);
        _warehouse = Prepare(connection, transaction,
            "INSERT INTO InvWarehouse (StockCode, Warehouse, QtyOnHand, QtyAllocated, TimeStamp) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
    }

    /// <summary>Description and UserField1 are char columns: stored space-padded, as SYSPRO returns them.</summary>
    public void InsertMaster(string code, string description, string productClass, string active, long timeStamp) =>
        Run(_master, code, description.PadRight(50), description + " for the outdoors", productClass, active.PadRight(10), timeStamp);

    public void InsertPrice(string code, string priceCode, decimal price, long timeStamp) =>
        Run(_price, code, priceCode, price, timeStamp);

    public void InsertWarehouse(string code, string warehouse, decimal onHand, decimal allocated, long timeStamp) =>
        Run(_warehouse, code, warehouse, onHand, allocated, timeStamp);

    internal static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    internal static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
