using System.Text;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>
/// Mirrors SQL Server's <c>rowversion</c> in SQLite. SQL Server keeps one database-wide counter (<c>@@DBTS</c>) and
/// stamps every inserted or updated row with its next value, so a row's TimeStamp only grows and no two rows share one.
/// Here the counter is the single row of <c>RowVersionCounter</c>; an AFTER INSERT / AFTER UPDATE trigger per table
/// bumps it and writes the new value into the row (the WHEN clause stops the trigger re-firing on its own write).
/// Differences: SQL Server's value is binary(8) (the connector compares it as a big-endian integer), and SQL Server
/// readers should bound reads with MIN_ACTIVE_ROWVERSION(); SQLite has one writer at a time, so no bound is needed.
/// </summary>
internal static class RowVersionTriggers
{
    public static string Create()
    {
        var sql = new StringBuilder();
        foreach (var table in CompanySchema.VersionedTables)
        {
            const string bump = "UPDATE RowVersionCounter SET Value = Value + 1 WHERE Id = 1;";
            var stamp = $"UPDATE {table} SET TimeStamp = (SELECT Value FROM RowVersionCounter WHERE Id = 1) WHERE rowid = NEW.rowid;";
            sql.AppendLine($"CREATE TRIGGER IF NOT EXISTS {table}_RowVersionInsert AFTER INSERT ON {table} BEGIN {bump} {stamp} END;");
            sql.AppendLine($"CREATE TRIGGER IF NOT EXISTS {table}_RowVersionUpdate AFTER UPDATE ON {table} WHEN NEW.TimeStamp = OLD.TimeStamp BEGIN {bump} {stamp} END;");
        }
        return sql.ToString();
    }
}
