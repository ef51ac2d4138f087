namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A shipment of an order with its tracks.</summary>
public sealed class Shipment
{
    /// <summary>Its id.</summary>
    public required int EntityId { get; init; }
    /// <summary>Its increment id.</summary>
    public required string IncrementId { get; init; }
    /// <summary>The order's entity id.</summary>
    public required int OrderId { get; init; }
    /// <summary>Items shipped: order item id to quantity.</summary>
    public required IReadOnlyDictionary<int, decimal> Items { get; init; }
    /// <summary>Its tracks.</summary>
    public List<ShipmentTrack> Tracks { get; } = [];
    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
