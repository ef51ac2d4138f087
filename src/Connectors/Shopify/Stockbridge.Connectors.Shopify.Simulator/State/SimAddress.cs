namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A postal address on an order or customer.</summary>
public sealed record SimAddress
{
    /// <summary>The address's own id when it belongs to a customer's address book; null on an order.</summary>
    public long? Id { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    public string? Address1 { get; init; }
    public string? Address2 { get; init; }
    public string? City { get; init; }
    public string? Province { get; init; }
    public string? ProvinceCode { get; init; }
    public string? Country { get; init; }
    public string? CountryCode { get; init; }
    public string? Zip { get; init; }
    public string? Phone { get; init; }
}
