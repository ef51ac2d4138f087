namespace Stockbridge.Storage.Records;

/// <summary>The hub's copy of a product, customer or order, in canonical wire JSON with its content hash.</summary>
/// <param name="ClientId">The owning client.</param>
/// <param name="Entity">product, customer or order (see <see cref="RecordEntity"/>).</param>
/// <param name="Key">The record's key: source_product_code, source_customer_code, or channel connection id + channel_order_code.</param>
/// <param name="Hash">The content hash of <paramref name="Json"/>'s canonical form.</param>
/// <param name="Json">The record as wire JSON.</param>
/// <param name="Version">1 on creation, +1 on each change of hash.</param>
/// <param name="UpdatedAt">When the hash last changed.</param>
/// <param name="Origin">The connection it came from.</param>
public sealed record HubRecord(
    string ClientId, string Entity, string Key, string Hash, string Json, long Version, DateTimeOffset UpdatedAt, string? Origin);
