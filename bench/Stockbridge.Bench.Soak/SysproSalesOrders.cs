using Microsoft.Data.Sqlite;

namespace Stockbridge.Bench.Soak;

/// <summary>Counts the distinct customer PO numbers (channel order codes) on sales orders in the SYSPRO company database.</summary>
internal static class SysproSalesOrders
{
    public static async Task<int> CountRaisedAsync(string databasePath, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 10 };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT CustomerPoNumber) FROM SorMaster WHERE CancelledFlag <> 'Y' AND CustomerPoNumber <> ''";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
