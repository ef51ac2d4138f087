namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>A tracking number on a shipment.</summary>
/// <param name="Id">track_id.</param>
/// <param name="Carrier">carrier_code (ups, usps, fedex, dhl, custom).</param>
/// <param name="Title">The carrier's title.</param>
/// <param name="Number">The tracking number.</param>
public sealed record MagentoTrack(int Id, string Carrier, string Title, string Number);
