namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A tracking number on a shipment.</summary>
public sealed record ShipmentTrack(int EntityId, string TrackNumber, string Title, string CarrierCode);
