namespace Stockbridge.Connectors.Simulation;

/// <summary>A fulfilment service's simulator, seen from outside the hub: the warehouse and what it holds.</summary>
public interface IFulfillmentSimulator : IRunningSimulator
{
    /// <summary>The shipment the service holds for this channel order code, or null if it has none.</summary>
    Task<ShipmentState?> ReadShipmentAsync(string channelOrderCode, CancellationToken cancellationToken);

    /// <summary>The warehouse ships the order: the shipment gets this tracking number and its dispatched state.</summary>
    Task ShipAsync(string channelOrderCode, string trackingNumber, CancellationToken cancellationToken);
}
