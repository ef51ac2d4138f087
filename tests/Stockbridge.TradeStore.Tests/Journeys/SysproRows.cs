using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>Reads the SYSPRO simulator's own tables (read-only): its customers, prices and sales orders.</summary>
public sealed class SysproRows(string databasePath)
{
    public IReadOnlyList<(string Customer, string Email, string PriceCode)> OrderingCustomers(int count) =>
        Query($"SELECT Customer, Email, PriceCode FROM ArCustomer WHERE Customer <> 'CASH' AND CustomerOnHold = 'N' AND Email <> '' AND CreditLimit >= 100000 ORDER BY CreditLimit DESC, Customer LIMIT {count}",
            r => (r.GetString(0).Trim(), r.GetString(1).Trim(), r.GetString(2).Trim()));

    public decimal Price(string stockCode, string priceCode) =>
        Query($"SELECT SellingPrice FROM InvPrice WHERE StockCode = '{stockCode}' AND PriceCode = '{priceCode}'", r => Convert.ToDecimal(r.GetValue(0), CultureInfo.InvariantCulture)).Single();

    public long SalesOrders(string customerPoNumber) =>
        Query($"SELECT COUNT(*) FROM SorMaster WHERE TRIM(CustomerPoNumber) = '{customerPoNumber}'", r => r.GetInt64(0)).Single();

    public long SalesOrdersOf(string customer) =>
        Query($"SELECT COUNT(*) FROM SorMaster WHERE TRIM(Customer) = '{customer}'", r => r.GetInt64(0)).Single();

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
