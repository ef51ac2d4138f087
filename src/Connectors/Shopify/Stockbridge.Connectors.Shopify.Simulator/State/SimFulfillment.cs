namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A shipment made against an order, with tracking.</summary>
public sealed class SimFulfillment
{
    public required long Id { get; init; }
    public required long OrderId { get; init; }
    public required string Name { get; init; }
    public required long LocationId { get; init; }
    public string Status { get; init; } = "SUCCESS";
    public string? TrackingCompany { get; init; }
    public string? TrackingNumber { get; init; }
    public string? TrackingUrl { get; init; }
    public List<KeyValuePair<long, int>> Lines { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
