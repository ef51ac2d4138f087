namespace Stockbridge.Storage.Records;

/// <summary>One record to upsert.</summary>
/// <param name="Entity">product, customer or order.</param>
/// <param name="Key">The record's key.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Json">Its wire JSON.</param>
/// <param name="Origin">The connection it came from.</param>
/// <param name="Open">
/// Whether the record still needs work (an order not yet raised into the source). Open records are indexed, so
/// <see cref="IRecordStore.ListOpenAsync"/> finds them without reading every record of the entity.
/// </param>
public sealed record RecordWrite(string Entity, string Key, string Hash, string Json, string? Origin, bool Open = false)
{
    /// <summary>
    /// A history line written in the same transaction, whatever the outcome unless the note says otherwise; when the record
    /// is written it replaces the store's own <c>received</c> / <c>changed</c> line.
    /// </summary>
    public RecordNote? Note { get; init; }

    /// <summary>
    /// Jobs queued in the same transaction, whatever the upsert's outcome (a repeat of a job with the same idempotency key
    /// is a no-op; a pending job with the same key is coalesced, as <see cref="Jobs.IJobStore.EnqueueAsync"/> does). A
    /// crash leaves either the record with its follow-up work or neither.
    /// </summary>
    public IReadOnlyList<Jobs.JobRequest> Jobs { get; init; } = [];
}
