using System.Collections.Concurrent;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>
/// A test fulfilment service: one shipment per order code (a second create returns the first's id, as the contract asks),
/// shipped with a tracking number once it has been looked at <see cref="ShipAfterLooks"/> times.
/// </summary>
public sealed class InMemoryFulfillment : IFulfillmentConnector
{
    private int nextId = 500;

    /// <summary>Shipment id by order code.</summary>
    public ConcurrentDictionary<string, string> Shipments { get; } = new(StringComparer.Ordinal);
    /// <summary>Looks per shipment id.</summary>
    public ConcurrentDictionary<string, int> Looks { get; } = new(StringComparer.Ordinal);
    /// <summary>Every create call (including those answered with an existing shipment).</summary>
    public int CreateCalls;
    /// <summary>Looks before a shipment reports its tracking; int.MaxValue: never ships.</summary>
    public int ShipAfterLooks { get; set; } = 2;

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("memory", true, "ok")]));

    public Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref CreateCalls);
        return Task.FromResult(Shipments.GetOrAdd(order.ChannelOrderCode, _ => "OB" + Interlocked.Increment(ref nextId)));
    }

    public Task<Domain.Orders.Fulfillment> GetShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var looks = Looks.AddOrUpdate(shipmentId, 1, (_, n) => n + 1);
        var shipped = looks >= ShipAfterLooks;
        return Task.FromResult(new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = channelOrderCode, ShipmentId = shipmentId, Status = shipped ? "open" : "picking",
            TrackingNumber = shipped ? "WB" + shipmentId : null, TrackingCompany = shipped ? "Courier Guy" : null,
            TrackingUrl = shipped ? "https://track.example/WB" + shipmentId : null,
        });
    }
}
