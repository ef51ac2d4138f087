namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>A shipment the depot holds.</summary>
public sealed record DepotShipment(string Id, string OrderCode, int LineCount, string Status, string? TrackingNumber);
