using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>A running Acme fulfilment simulator: the warehouse, and what it holds.</summary>
public sealed partial class AcmeSimulator : IFulfillmentSimulator
{
    /// <inheritdoc />
    public Task<ShipmentState?> ReadShipmentAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s => s.Shipments.Find(x => x.Reference == channelOrderCode) is { } x
            ? new ShipmentState(x.Id, x.Status, x.TrackingNumber, x.Lines.Count)
            : null));

    /// <inheritdoc />
    public Task ShipAsync(string channelOrderCode, string trackingNumber, CancellationToken cancellationToken)
    {
        State.Read(s =>
        {
            var shipment = s.Shipments.Find(x => x.Reference == channelOrderCode) ?? throw new InvalidOperationException($"no shipment for '{channelOrderCode}'");
            (shipment.Status, shipment.TrackingNumber) = ("shipped", trackingNumber);
            return shipment;
        });
        return Task.CompletedTask;
    }
}
