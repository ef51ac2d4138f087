using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Compliance tests for a fulfilment service connector: each hands an order over through the connector and reads the
/// shipment back from the service's simulator (<see cref="IFulfillmentSimulator"/>), or ships it there and reads the
/// tracking through the connector.
/// </summary>
/// <typeparam name="TModule">The connector's module.</typeparam>
public abstract class FulfillmentConnectorCompliance<TModule> : ConnectorCompliance<TModule>
    where TModule : ConnectorModule, new()
{
    [Fact]
    public async Task CreateShipment_shows_the_shipment_with_its_lines_at_the_service()
    {
        var service = Require<IFulfillmentConnector>(ComplianceCapabilities.FulfillmentRole);
        var code = SampleRecords.UniqueCode("F");
        var order = SampleRecords.OrderFor(code, code + "-A", code + "-B");

        var shipmentId = await service.CreateShipmentAsync(order, Timeout);

        var held = await Probe<IFulfillmentSimulator>().ReadShipmentAsync(code, Timeout);
        Assert.NotNull(held);
        Assert.Equal(shipmentId, held.ShipmentId);
        Assert.Equal(order.LineItems.Length, held.LineCount);
        Assert.Null(held.TrackingNumber);
    }

    [Fact]
    public async Task CreateShipment_twice_for_one_order_makes_one_shipment()
    {
        var service = Require<IFulfillmentConnector>(ComplianceCapabilities.FulfillmentRole);
        var code = SampleRecords.UniqueCode("F");
        var order = SampleRecords.OrderFor(code, code + "-A");

        var first = await service.CreateShipmentAsync(order, Timeout);
        var second = await service.CreateShipmentAsync(order, Timeout);

        Assert.Equal(first, second);
        Assert.Equal(first, (await Probe<IFulfillmentSimulator>().ReadShipmentAsync(code, Timeout))?.ShipmentId);
    }

    [Fact]
    public async Task A_shipment_the_warehouse_ships_carries_its_tracking_number()
    {
        var service = Require<IFulfillmentConnector>(ComplianceCapabilities.FulfillmentRole);
        var code = SampleRecords.UniqueCode("F");
        var shipmentId = await service.CreateShipmentAsync(SampleRecords.OrderFor(code, code + "-A"), Timeout);
        var tracking = SampleRecords.UniqueCode("TRK");

        await Probe<IFulfillmentSimulator>().ShipAsync(code, tracking, Timeout);

        var shipment = await service.GetShipmentAsync(shipmentId, code, Timeout);
        Assert.Equal(code, shipment.ChannelOrderCode);
        Assert.Equal(tracking, shipment.TrackingNumber);
    }
}
