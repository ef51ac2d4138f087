namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A seller's shipment of leadtime order items, as confirmed through the Marketplace API.</summary>
/// <param name="ShipmentId">Takealot's id for it.</param>
/// <param name="OrderId">The order it ships.</param>
/// <param name="OrderItemIds">The items it ships.</param>
/// <param name="TrackingNumber">The courier's tracking number.</param>
/// <param name="Courier">The courier.</param>
/// <param name="TrackingUrl">Where to follow it.</param>
/// <param name="CreatedAt">When it was confirmed.</param>
public sealed record TakealotShipment(int ShipmentId, int OrderId, IReadOnlyList<int> OrderItemIds, string TrackingNumber, string? Courier, string? TrackingUrl, DateTimeOffset CreatedAt);
