using System.Data.Common;

namespace Stockbridge.Storage.Relational;

/// <summary>
/// One engine's database as the shared stores see it: reads on a pooled connection, and units of write work each run
/// in a transaction that has committed when the task completes (SQLite: group commit; PostgreSQL: one transaction each).
/// </summary>
internal interface IRelationalDatabase
{
    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction; <paramref name="work"/> must not start another write.</summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);

    Task WriteAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(async (connection, transaction) =>
        {
            await work(connection, transaction);
            return true;
        }, cancellationToken);
}
