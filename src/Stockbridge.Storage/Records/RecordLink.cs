namespace Stockbridge.Storage.Records;

/// <summary>The pairing of a hub record with its ids in one connection, and the hash last pushed there.</summary>
/// <param name="ClientId">The owning client.</param>
/// <param name="ConnectionId">The connection.</param>
/// <param name="Entity">product, customer or order.</param>
/// <param name="Key">The hub record's key.</param>
/// <param name="ExternalId">The connection's id for the record.</param>
/// <param name="IdsJson">Further ids as a JSON object (variant, inventory item and location ids ...).</param>
/// <param name="PushedHash">The hash of the projection last pushed, or null if never pushed.</param>
/// <param name="PushedAt">When it was last pushed.</param>
public sealed record RecordLink(
    string ClientId, string ConnectionId, string Entity, string Key, string ExternalId, string IdsJson, string? PushedHash, DateTimeOffset? PushedAt);
