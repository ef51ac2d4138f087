using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>The simulator's SQLite company database: one writer at a time, readers any time (WAL).</summary>
public sealed partial class CompanyDatabase
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    internal CompanyDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    internal string ConnectionString { get; }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs one write transaction; writes are serialised, as SQLite needs.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal async Task EnsureSeededAsync(SysproSimulatorOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Exec(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        await Exec(connection, CompanySchema.Tables, cancellationToken);
        if (options.ReuseExistingDatabase && await ReadStateAsync(connection, "seeded", cancellationToken) is not null) return;

        await new CompanySeeder(options).SeedAsync(connection, cancellationToken);
        await Exec(connection, CompanySchema.ChangeIndexes + RowVersionTriggers.Create(), cancellationToken);
        await Exec(connection, $"INSERT OR REPLACE INTO SimulatorState (Key, Value) VALUES ('seeded', '{options.StockCodes}/{options.Seed}');", cancellationToken);
    }

    internal static async Task Exec(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ReadStateAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM SimulatorState WHERE Key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
