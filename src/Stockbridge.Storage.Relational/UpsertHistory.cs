using System.Data.Common;
using Dapper;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational;

/// <summary>The history line an upsert writes, the same on every engine.</summary>
internal static class UpsertHistory
{
    /// <summary>
    /// The write's note when it applies (with the hash when the record was written); otherwise <c>received</c> or
    /// <c>changed</c> for a written record, and nothing for an unchanged one.
    /// </summary>
    private static AuditEntry? EntryFor(string clientId, RecordWrite write, UpsertOutcome outcome, long version, DateTimeOffset now)
    {
        var written = outcome != UpsertOutcome.Unchanged;
        if (write.Note is { } note && note.AppliesTo(outcome)) return note.ToEntry(clientId, write, now, written ? write.Hash : null);
        var origin = write.Origin ?? "unknown";
        return outcome switch
        {
            UpsertOutcome.Created => new AuditEntry(clientId, write.Entity, write.Key, now, "received", write.Origin, null, $"received from {origin}", write.Hash),
            UpsertOutcome.Changed => new AuditEntry(clientId, write.Entity, write.Key, now, "changed", write.Origin, null, $"changed to version {version} from {origin}", write.Hash),
            _ => null,
        };
    }

    /// <summary>Appends <see cref="EntryFor"/>'s line, if any, inside the upsert's transaction (either engine).</summary>
    public static async Task AppendAsync(
        DbConnection connection, DbTransaction transaction, string clientId, RecordWrite write, UpsertOutcome outcome, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (EntryFor(clientId, write, outcome, version, now) is { } entry)
            await connection.ExecuteAsync(new CommandDefinition(AuditRow.Insert, AuditRow.ToParameters(entry), transaction, cancellationToken: cancellationToken));
    }
}
