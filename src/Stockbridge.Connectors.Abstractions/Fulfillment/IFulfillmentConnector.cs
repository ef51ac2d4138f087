using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Fulfillment;

/// <summary>A fulfilment service: takes orders to ship and reports tracking.</summary>
public interface IFulfillmentConnector : IConnector
{
    /// <summary>Hands an order over to be shipped; returns the service's shipment id. Must be idempotent per order code.</summary>
    Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken);

    /// <summary>Reads the current state and tracking of a shipment.</summary>
    Task<Domain.Orders.Fulfillment> GetShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken);
}
