namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>One line of a fulfillment order.</summary>
public sealed class SimFulfillmentOrderLine
{
    public required long Id { get; init; }
    public required long LineItemId { get; init; }
    public required int TotalQuantity { get; init; }
    public int RemainingQuantity { get; set; }
}
