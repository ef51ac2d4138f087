namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>The work of shipping (part of) an order from one location.</summary>
public sealed class SimFulfillmentOrder
{
    public required long Id { get; init; }
    public required long OrderId { get; init; }
    public required long LocationId { get; init; }
    public string Status { get; set; } = "OPEN";
    public List<SimFulfillmentOrderLine> Lines { get; init; } = [];
}
