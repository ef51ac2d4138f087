using Microsoft.Data.Sqlite;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>A unit of write work waiting for <see cref="SqliteGroupCommit"/>: run inside the shared transaction, then settled.</summary>
internal abstract class PendingWrite(CancellationToken cancellationToken)
{
    /// <summary>The caller's token: a unit cancelled before it runs is skipped.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Runs the work on the batch's connection and transaction (inside the unit's own savepoint).</summary>
    public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>The batch committed: hands the unit's result to its caller.</summary>
    public abstract void Committed();

    /// <summary>The unit (or the batch it was in) did not commit: its caller sees <paramref name="error"/>.</summary>
    public abstract void Fail(Exception error);
}
