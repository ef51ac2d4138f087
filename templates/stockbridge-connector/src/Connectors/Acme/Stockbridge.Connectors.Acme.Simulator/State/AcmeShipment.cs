namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>A shipment in the warehouse.</summary>
public sealed class AcmeShipment
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }
    /// <summary>The channel's order code it ships.</summary>
    public required string Reference { get; init; }
    /// <summary>Its lines.</summary>
    public required IReadOnlyList<AcmeOrderLine> Lines { get; init; }
    /// <summary>received, then shipped.</summary>
    public string Status { get; set; } = "received";
    /// <summary>Its tracking number once shipped.</summary>
    public string? TrackingNumber { get; set; }
}
