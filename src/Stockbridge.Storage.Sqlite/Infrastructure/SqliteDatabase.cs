using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>
/// Opens connections to one database file with the store's pragmas, and runs units of work in transactions.
/// Write transactions start with <c>BEGIN IMMEDIATE</c>: the write lock is taken up front, so two processes never
/// both read-then-write the same rows (no lost claims, no upgrade deadlocks); the other waits up to the busy timeout.
/// </summary>
internal sealed class SqliteDatabase : IRelationalDatabase
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private readonly SqliteGroupCommit _writer;
    private int _walChecked;

    /// <summary>
    /// Reads map the database file (up to this size) instead of copying each page with a system call: every commit by
    /// the writer invalidates the page caches of the pooled read connections, which then re-read their pages.
    /// </summary>
    private const long MemoryMapBytes = 256L * 1024 * 1024;

    public SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        FullPath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        // synchronous=NORMAL in WAL mode: a commit is written to the WAL before COMMIT returns, so a killed process
        // (SIGKILL) loses nothing committed; only an OS crash or power loss may roll back the last commits.
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = {MemoryMapBytes};");
        _writer = new SqliteGroupCommit(OpenAsync);
    }

    public string FullPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Pragmas live as long as the native connection, which the pool keeps: set them once per native connection.
            var handle = connection.Handle;
            if (handle is null || !_configured.TryGetValue(handle, out _))
            {
                await ExecuteAsync(connection, _pragmas, cancellationToken);
                if (handle is not null) _configured.AddOrUpdate(handle, Configured);
            }
            if (Interlocked.Exchange(ref _walChecked, 1) == 0)
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction shared with other writes of this process (group commit, see
    /// <see cref="SqliteGroupCommit"/>); the task completes after COMMIT. <paramref name="work"/> must not start another write.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _writer.WriteAsync(work, cancellationToken);

    Task<T> IRelationalDatabase.ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        ReadAsync<T>(connection => work(connection), cancellationToken);

    Task<T> IRelationalDatabase.WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync<T>((connection, transaction) => work(connection, transaction), cancellationToken);

    public void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
