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
public sealed record RecordWrite(string Entity, string Key, string Hash, string Json, string? Origin, bool Open = false);
