namespace Stockbridge.Storage.Records;

/// <summary>One record to upsert.</summary>
/// <param name="Entity">product, customer or order.</param>
/// <param name="Key">The record's key.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Json">Its wire JSON.</param>
/// <param name="Origin">The connection it came from.</param>
public sealed record RecordWrite(string Entity, string Key, string Hash, string Json, string? Origin);
