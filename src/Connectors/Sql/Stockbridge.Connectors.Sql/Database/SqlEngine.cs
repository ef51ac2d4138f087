namespace Stockbridge.Connectors.Sql.Database;

/// <summary>The database engines the SQL source reaches, each through its own ADO.NET driver.</summary>
public enum SqlEngine
{
    /// <summary>SQLite (Microsoft.Data.Sqlite): a database file on the hub's machine.</summary>
    Sqlite,
    /// <summary>PostgreSQL (Npgsql).</summary>
    PostgreSql,
    /// <summary>MySQL or MariaDB (MySqlConnector).</summary>
    MySql,
    /// <summary>Microsoft SQL Server (Microsoft.Data.SqlClient).</summary>
    SqlServer,
}
