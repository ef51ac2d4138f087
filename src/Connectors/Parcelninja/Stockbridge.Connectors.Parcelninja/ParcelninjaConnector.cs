using System.Text.Json.Nodes;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>
/// The Parcelninja fulfilment service: one shipment per channel order (the order code is its reference, so a repeated hand-over
/// finds the first), and its status and tracking read back.
/// </summary>
public sealed class ParcelninjaConnector(ParcelninjaApi api) : IFulfillmentConnector
{
    /// <inheritdoc />
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => api.TestAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = new JsonObject
        {
            ["reference"] = order.ChannelOrderCode,
            ["lines"] = new JsonArray([.. order.LineItems.Select(line => (JsonNode)new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Qty })]),
        };
        var answer = await api.SendAsync(HttpMethod.Post, "api/shipments", body, cancellationToken)
            ?? throw new Errors.PermanentConnectorException("POST api/shipments: not found");
        return answer["id"]?.GetValue<string>() ?? throw new Errors.PermanentConnectorException("Parcelninja shipment field 'id' is missing");
    }

    /// <inheritdoc />
    public async Task<Domain.Orders.Fulfillment> GetShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var answer = await api.GetAsync("api/shipments/" + Uri.EscapeDataString(shipmentId), cancellationToken)
            ?? throw new Errors.PermanentConnectorException($"Parcelninja has no shipment '{shipmentId}'");
        return new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = channelOrderCode,
            Status = answer["status"]?.GetValue<string>() ?? "pending",
            TrackingNumber = answer["tracking_number"]?.GetValue<string>(),
            TrackingCompany = answer["carrier"]?.GetValue<string>(),
            Lines = [.. (answer["lines"]?.AsArray() ?? []).Select(l => new FulfillmentLine(l!["sku"]!.GetValue<string>(), l["quantity"]!.GetValue<decimal>()))],
        };
    }
}
