namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A metafield on any owner (product, variant, order, customer).</summary>
public sealed class SimMetafield
{
    public required long Id { get; init; }
    public required string OwnerId { get; init; }
    public required string Namespace { get; init; }
    public required string Key { get; init; }
    public required string Type { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The digest used for compare-and-set: SHA-256 of the value, hex.</summary>
    public string CompareDigest => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Value)));
}
