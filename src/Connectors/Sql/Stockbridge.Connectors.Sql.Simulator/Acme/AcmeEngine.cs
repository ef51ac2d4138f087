namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>The engines the sample "Acme ERP" database runs on here (SQL Server cannot run on these machines).</summary>
public enum AcmeEngine
{
    /// <summary>A SQLite file (the default: nothing to install).</summary>
    Sqlite,
    /// <summary>A private database on a PostgreSQL server.</summary>
    PostgreSql,
    /// <summary>A private database on a MariaDB (or MySQL) server.</summary>
    MySql,
}
