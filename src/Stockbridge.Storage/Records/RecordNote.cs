namespace Stockbridge.Storage.Records;

/// <summary>
/// A line for a record's history written in the same transaction as the record (see <see cref="RecordWrite.Note"/>), so
/// the record and the reason it changed are committed together or not at all. When the upsert writes the record, the note
/// takes the place of the store's own <c>received</c> / <c>changed</c> line and carries the record's hash.
/// </summary>
/// <param name="Action">What happened, e.g. <c>raise_intent</c> or <c>raised</c>.</param>
/// <param name="ConnectionId">The connection involved, if any.</param>
/// <param name="JobId">The job that did it, if any.</param>
/// <param name="Detail">A short human-readable detail (never a secret).</param>
/// <param name="OnlyIfCreated">Write the line only when the upsert created the record (not when it changed or was unchanged).</param>
public sealed record RecordNote(string Action, string? ConnectionId, long? JobId, string Detail, bool OnlyIfCreated = false)
{
    /// <summary>Whether the note belongs in the history after an upsert with this outcome.</summary>
    public bool AppliesTo(UpsertOutcome outcome) => !OnlyIfCreated || outcome == UpsertOutcome.Created;

    /// <summary>The history line for the record, stamped <paramref name="at"/>, with the record's hash when it was written.</summary>
    public AuditEntry ToEntry(string clientId, RecordWrite write, DateTimeOffset at, string? hash)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new AuditEntry(clientId, write.Entity, write.Key, at, Action, ConnectionId, JobId, Detail, hash);
    }
}
