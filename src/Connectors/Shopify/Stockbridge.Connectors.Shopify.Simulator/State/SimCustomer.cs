namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A shop customer.</summary>
public sealed class SimCustomer
{
    public required long Id { get; init; }
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Phone { get; set; }
    public string? Note { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<SimAddress> Addresses { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
