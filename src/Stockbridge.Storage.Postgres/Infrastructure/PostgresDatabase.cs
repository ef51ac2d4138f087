using System.Data.Common;
using Npgsql;

namespace Stockbridge.Storage.Postgres.Infrastructure;

/// <summary>
/// A pooled data source for one database, running units of work in READ COMMITTED transactions. Rows another node is
/// changing are taken with <c>FOR UPDATE</c> (or skipped with <c>SKIP LOCKED</c>) and races on a key are serialized with
/// transaction-scoped advisory locks, so the engine behaves as the SQLite store does with its single writer.
/// </summary>
internal sealed class PostgresDatabase : IRelationalDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = Redact(builder);
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>Host, port, database and user: never the password.</summary>
    public string Description { get; }

    /// <summary>Runs <paramref name="work"/> on a connection without a transaction block: for reads, and for writes that are one statement (atomic by themselves).</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await work(connection);
    }

    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        // Once the work is done, commit regardless of cancellation: a half-acknowledged write is worse than a late one.
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    Task<T> IRelationalDatabase.ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        ReadAsync<T>(connection => work(connection), cancellationToken);

    Task<T> IRelationalDatabase.WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync<T>((connection, transaction) => work(connection, transaction), cancellationToken);

    /// <summary>A synchronous connection, for APIs that are synchronous themselves (the Data Protection key ring).</summary>
    public NpgsqlConnection OpenConnection() => _dataSource.OpenConnection();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static string Redact(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Username ?? "(default user)"}@{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? "(default database)"}";
}
