using System.Data.Common;

namespace Stockbridge.Storage.Relational;

/// <summary>
/// What differs between the SQL engines under the shared stores: a few SQL spellings, how concurrent writers are kept
/// apart, and how a new job coalesces with a waiting one. SQLite runs the writes of a file one after another (one writer
/// per process, <c>BEGIN IMMEDIATE</c> between processes), so its locks are nothing; PostgreSQL runs many writers at once
/// (many nodes) and serializes them on transaction-scoped advisory locks.
/// </summary>
internal abstract class RelationalDialect
{
    /// <summary>A text parameter that may be null, as the engine needs it spelled where it is compared (<c>@p</c> or <c>@p::text</c>).</summary>
    public abstract string NullableText(string parameter);

    /// <summary>A 64-bit integer parameter that may be null (<c>@p</c> or <c>@p::bigint</c>).</summary>
    public abstract string NullableInteger(string parameter);

    /// <summary>The condition that the boolean column <paramref name="column"/> is true, as the engine's partial indexes spell it.</summary>
    public abstract string IsTrue(string column);

    /// <summary>
    /// Makes writers that name any of the same <paramref name="keys"/> take turns until this transaction ends (all keys in
    /// one call, so two writers never take them in opposite orders).
    /// </summary>
    public abstract Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Before a connection is saved (enabled or disabled): waits until no writer is making one of its jobs wait, and keeps
    /// new ones out until this transaction ends, so its parking statement sees every such job. Taken first and alone.
    /// </summary>
    public abstract Task CloseJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken);

    /// <summary>Before a job of the connection is made to wait (enqueued): lets it through the connection's job gate (shared with other such writers).</summary>
    public abstract Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, string connectionId, CancellationToken cancellationToken);

    /// <summary>As <see cref="PassJobGateAsync(DbConnection, DbTransaction, string, CancellationToken)"/>, for the connection of the stored job <paramref name="jobId"/> (retried, replayed).</summary>
    public abstract Task PassJobGateAsync(DbConnection connection, DbTransaction transaction, long jobId, CancellationToken cancellationToken);

    /// <summary>
    /// Folds <paramref name="job"/> into the waiting job (in state <see cref="JobInsert.State"/>) of the same client,
    /// connection, kind and key, if there is one: the latest payload wins, the higher priority and the earlier run time are
    /// kept. Returns that job's id, or null when there is none to coalesce with.
    /// </summary>
    public abstract Task<long?> CoalesceJobAsync(DbConnection connection, DbTransaction transaction, JobInsert job, CancellationToken cancellationToken);
}
