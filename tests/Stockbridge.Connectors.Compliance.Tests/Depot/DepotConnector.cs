using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>A fulfilment connector for the in-memory depot.</summary>
public sealed class DepotConnector(ConnectionContext context) : IFulfillmentConnector
{
    private DepotSimulator Depot =>
        DepotSimulator.Open(context.Required(DepotManifest.DepotIdSetting)) is { } depot && depot.Accepts(context.Optional(DepotManifest.ApiKeySetting))
            ? depot
            : throw new PermanentConnectorException("The depot refused the connection: no such depot, or a wrong API key.");

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var depot = DepotSimulator.Open(context.Optional(DepotManifest.DepotIdSetting) ?? "");
        var check = depot is null ? new ConnectionCheck("depot", false, "No depot has that id.")
            : depot.Accepts(context.Optional(DepotManifest.ApiKeySetting)) ? new ConnectionCheck("depot", true, "The depot took the API key.")
            : new ConnectionCheck("depot", false, "The depot refused the API key.");
        return Task.FromResult(new ConnectionTestResult([check]));
    }

    public Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Task.FromResult(Depot.Take(order.ChannelOrderCode, order.LineItems.Length).Id);
    }

    public Task<Domain.Orders.Fulfillment> GetShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var shipment = Depot.Find(shipmentId) ?? throw new PermanentConnectorException($"The depot has no shipment {shipmentId}.");
        return Task.FromResult(new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = shipment.OrderCode,
            Status = shipment.Status == "dispatched" ? "success" : "pending",
            TrackingNumber = shipment.TrackingNumber,
        });
    }
}
