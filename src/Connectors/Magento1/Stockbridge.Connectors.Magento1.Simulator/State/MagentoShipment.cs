namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>A shipment of an order (<c>sales_flat_shipment</c>).</summary>
public sealed class MagentoShipment
{
    /// <summary>entity id.</summary>
    public required int Id { get; init; }
    /// <summary>increment_id.</summary>
    public required string IncrementId { get; init; }
    /// <summary>The order it ships.</summary>
    public required MagentoOrder Order { get; init; }
    /// <summary>Quantities shipped by order item id.</summary>
    public required IReadOnlyDictionary<int, decimal> Items { get; init; }
    /// <summary>created_at.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Its tracking numbers.</summary>
    public List<MagentoTrack> Tracks { get; } = [];
}
