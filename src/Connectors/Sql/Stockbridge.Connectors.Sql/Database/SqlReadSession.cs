using System.Data;
using System.Data.Common;
using MySqlConnector;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>
/// One read: an open read-only connection and a transaction that is never committed (read-only where the engine has such
/// transactions: PostgreSQL by default_transaction_read_only, MySQL/MariaDB by START TRANSACTION READ ONLY; SQLite's
/// connection is opened read-only; SQL Server has neither, so its transaction is rolled back and the login must be read-only).
/// </summary>
public sealed class SqlReadSession : IAsyncDisposable
{
    private SqlReadSession(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The read's transaction.</summary>
    public DbTransaction Transaction { get; }

    /// <summary>Opens a session with the read-only login.</summary>
    public static async Task<SqlReadSession> OpenAsync(SqlConnections connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var connection = await connections.OpenAsync(connections.CreateReader(), cancellationToken);
        try
        {
            DbTransaction transaction = connection is MySqlConnection mysql
                ? await mysql.BeginTransactionAsync(IsolationLevel.RepeatableRead, isReadOnly: true, cancellationToken)
                : await connection.BeginTransactionAsync(cancellationToken);
            return new SqlReadSession(connection, transaction);
        }
        catch (DbException e)
        {
            await connection.DisposeAsync();
            throw SqlErrors.Translate(e, $"Could not start a read-only transaction on {connections.Describe()}");
        }
    }

    /// <summary>A command in the session's transaction with @name parameters.</summary>
    public DbCommand Command(string sql, IEnumerable<KeyValuePair<string, object?>> parameters, int timeoutSeconds = 300)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        foreach (var (name, value) in parameters) SqlParameters.Add(command, name, value);
        return command;
    }

    /// <summary>Rolls the transaction back (nothing read is ever committed) and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try { await Transaction.RollbackAsync(); }
        catch (DbException) { /* the connection may be gone: nothing to undo */ }
        catch (InvalidOperationException) { /* already completed */ }
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
