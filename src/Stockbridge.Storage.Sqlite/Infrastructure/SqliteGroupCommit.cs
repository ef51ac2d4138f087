using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>
/// Group commit for one database file in this process. Every write unit is queued; one writer takes all units waiting
/// (up to <see cref="MaxBatch"/>), runs them one after another inside a single <c>BEGIN IMMEDIATE</c> transaction, each in
/// its own savepoint, and commits once. A unit that throws is rolled back to its savepoint and only its caller sees the
/// error; the others commit. No caller is answered before COMMIT returned, so "written" still means durable.
/// <para>
/// Without it each concurrent writer opened its own transaction and they queued on SQLite's file lock, whose busy
/// handler sleeps and retries: with 16 job slots and webhook intake writing at once, most of the time went to lock waits
/// and one WAL commit per unit. Other processes on the same file still take turns through the file lock as before.
/// </para>
/// </summary>
internal sealed class SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open)
{
    /// <summary>Most units in one transaction: bounds how long a unit that arrives during a batch waits for the next.</summary>
    public const int MaxBatch = 64;

    private const string Savepoint = "unit";
    private static readonly AsyncLocal<bool> InsideWriter = new();
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        // The writer runs units one at a time, so a unit that waited on another write would wait for itself.
        if (InsideWriter.Value)
            throw new InvalidOperationException("A store write cannot start another store write; pass its connection and transaction down instead.");
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
        var unit = new PendingWrite<T>(work, cancellationToken);
        EnsureWriter();
        _queue.Writer.TryWrite(unit);
        return unit.Task;
    }

    private void EnsureWriter()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1) return;
        // The writer outlives the first caller: it must not carry that caller's execution context (logging scopes, activity).
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(RunWriterAsync);
    }

    private async Task RunWriterAsync()
    {
        InsideWriter.Value = true;
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
            {
                if (unit.CancellationToken.IsCancellationRequested) unit.Fail(new OperationCanceledException(unit.CancellationToken));
                else batch.Add(unit);
            }
            if (batch.Count > 0) await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var succeeded = new List<PendingWrite>(batch.Count);
        try
        {
            await using var connection = await open(CancellationToken.None).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var unit in batch)
            {
                transaction.Save(Savepoint);
                try
                {
                    await unit.RunAsync(connection, transaction).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    // If even the rollback fails the transaction is gone: the outer catch fails the whole batch.
                    transaction.Rollback(Savepoint);
                    transaction.Release(Savepoint);
                    unit.Fail(error);
                    continue;
                }
                transaction.Release(Savepoint);
                succeeded.Add(unit);
            }
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            foreach (var unit in batch) unit.Fail(error);
            return;
        }
        foreach (var unit in succeeded) unit.Committed();
    }
}
