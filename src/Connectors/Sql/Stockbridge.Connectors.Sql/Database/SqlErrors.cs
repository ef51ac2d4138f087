using System.Data.Common;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>Turns a driver's error into the hub's: transient when the driver says a retry may work, permanent otherwise, with the engine's own message.</summary>
public static class SqlErrors
{
    /// <summary>The code of a permanent error whose cause is the read-only connection refusing a write.</summary>
    public const string ReadOnlyCode = "read_only";

    /// <summary>The engine's own error code.</summary>
    public static string? Code(DbException error) => error switch
    {
        PostgresException p => p.SqlState,
        MySqlException m => m.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SqliteException s => s.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Microsoft.Data.SqlClient.SqlException q => q.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => error.SqlState,
    };

    /// <summary>Whether the engine refused the statement because the connection or transaction is read-only.</summary>
    public static bool IsReadOnlyRefusal(DbException error) => error switch
    {
        PostgresException p => p.SqlState == "25006",
        MySqlException m => m.ErrorCode == MySqlErrorCode.CannotExecuteInReadOnlyTransaction || m.Number == 1792 || m.Number == 1290,
        SqliteException s => s.SqliteErrorCode == 8,
        _ => false,
    };

    /// <summary>Whether the engine refused the statement for a constraint (duplicate key, missing foreign key row, check).</summary>
    public static bool IsConstraintViolation(DbException error) => error switch
    {
        PostgresException p => p.SqlState.StartsWith("23", StringComparison.Ordinal),
        MySqlException m => m.Number is 1062 or 1451 or 1452 or 1048 or 3819,
        SqliteException s => s.SqliteErrorCode == 19,
        Microsoft.Data.SqlClient.SqlException q => q.Number is 547 or 2601 or 2627 or 515,
        _ => false,
    };

    /// <summary>The engine's error as a connector error, prefixed with what was being done.</summary>
    public static ConnectorException Translate(DbException error, string doing, bool outcomeUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = $"{doing}: {Describe(error)}";
        return error.IsTransient || error.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException
            ? new TransientConnectorException(reason, error, outcomeUnknown)
            : new PermanentConnectorException(reason, IsReadOnlyRefusal(error) ? ReadOnlyCode : Code(error));
    }

    /// <summary>The engine's code and message.</summary>
    public static string Describe(DbException error) => error switch
    {
        PostgresException p => $"{p.SqlState} {p.MessageText}",
        MySqlException m => $"{m.Number} {m.Message}",
        SqliteException s => $"SQLite error {s.SqliteErrorCode}: {s.Message}",
        Microsoft.Data.SqlClient.SqlException q => $"{q.Number} {q.Message}",
        _ => error.Message,
    };
}
