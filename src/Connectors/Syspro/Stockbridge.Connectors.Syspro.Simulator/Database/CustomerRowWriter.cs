using Microsoft.Data.Sqlite;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>A prepared insert for ArCustomer.</summary>
internal sealed class CustomerRowWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly SqliteCommand _insert = StockRowWriter.Prepare(connection, transaction,
        "INSERT INTO ArCustomer (Customer, Name, ShortName, Email, PriceCode, CreditLimit, CustomerOnHold, Salesperson, " +
        "SoldToAddr1, SoldToAddr3, ShipToAddr1, ShipToAddr3, TimeStamp) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12)", 13);

    /// <summary>Name is a char(50) column: stored space-padded.</summary>
    public void Insert(CustomerRow row) =>
        StockRowWriter.Run(_insert, row.Customer, row.Name.PadRight(50), row.Name.Length > 20 ? row.Name[..20] : row.Name, row.Email,
            row.PriceCode, row.CreditLimit, row.CustomerOnHold, row.Salesperson, "1 Main Road", "Johannesburg", "1 Main Road", "Johannesburg", row.TimeStamp);
}
