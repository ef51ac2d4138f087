namespace Stockbridge.Connectors.Simulation;

/// <summary>A shipment as the fulfilment service holds it.</summary>
/// <param name="ShipmentId">The service's id for it.</param>
/// <param name="Status">The service's own status word.</param>
/// <param name="TrackingNumber">Its tracking number, once shipped.</param>
/// <param name="LineCount">How many lines it carries.</param>
public sealed record ShipmentState(string ShipmentId, string Status, string? TrackingNumber, int LineCount);
