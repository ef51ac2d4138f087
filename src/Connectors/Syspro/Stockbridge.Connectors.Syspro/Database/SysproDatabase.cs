using System.Data.Common;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// Opens read-only connections to the SYSPRO company database. The SQL the connector runs is kept portable between
/// SQLite (the simulator) and SQL Server (a SYSPRO site): @name parameters, no TOP/LIMIT, derived tables with aliases.
/// What differs on SQL Server: TimeStamp is rowversion (binary(8), read big-endian by <see cref="RowVersion"/>), reads
/// should be bounded by MIN_ACTIVE_ROWVERSION(), char columns need RTRIM (done in code here), the UNION of UserField2
/// (numeric) with text columns needs a CAST, and two open readers need MARS (the connector uses two connections instead).
/// </summary>
internal sealed class SysproDatabase(SysproOptions options)
{
    /// <summary>What the connection points at, without secrets, for messages.</summary>
    public string Describe() => options.DatabaseProvider == "sqlite" ? $"sqlite file {options.Database}" : $"{options.Server}/{options.Database}";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (options.DatabaseProvider != "sqlite")
            throw new PermanentConnectorException(
                $"The database provider '{options.DatabaseProvider}' is not available in this build; only sqlite (the SYSPRO simulator) is. See the connector page.");
        if (!File.Exists(options.Database))
            throw new PermanentConnectorException($"The company database file '{options.Database}' does not exist.");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = options.Database,
            Mode = SqliteOpenMode.ReadOnly,
            DefaultTimeout = 60,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
