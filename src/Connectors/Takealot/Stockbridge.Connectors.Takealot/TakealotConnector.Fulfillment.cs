using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Takealot.Orders;

namespace Stockbridge.Connectors.Takealot;

/// <summary>
/// Leadtime shipments confirmed back: the order's leadtime items for the shipped SKUs (read from Takealot's sales, not yet
/// shipped, or shipped with this tracking number) are posted to the Marketplace API as one seller shipment with its tracking
/// number, courier and URL. ASSUMED contract (Takealot lists <c>/v1/shipments</c> but publishes no request shape): see the
/// connector's page. A repeat with the same tracking number is answered with the existing shipment, so a retry is harmless.
/// An order shipped from Takealot's DC stock has nothing for the seller to confirm and is refused with a reason.
/// </summary>
public sealed partial class TakealotConnector
{
    /// <inheritdoc />
    public async Task PushFulfillmentAsync(Domain.Orders.Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fulfillment);
        if (string.IsNullOrWhiteSpace(fulfillment.TrackingNumber))
            throw new PermanentConnectorException($"Takealot order {order.ChannelOrderCode}: a shipment is confirmed with a tracking number, and this one has none.");
        var sales = await _sales.OrderAsync(order.ChannelOrderCode, cancellationToken);
        if (sales.Count == 0) throw new PermanentConnectorException($"Takealot has no order {order.ChannelOrderCode} in the last 180 days.");
        var skus = fulfillment.Lines.IsDefaultOrEmpty ? null : fulfillment.Lines.Select(l => l.Sku).ToHashSet(StringComparer.Ordinal);
        var items = sales.Where(TakealotOrderMapper.IsLeadtime)
            .Where(s => skus is null || skus.Contains(s["sku"]?.GetValue<string>() ?? ""))
            .Where(s => s["shipment_id"] is null || s["shipment_name"]?.GetValue<string>() == fulfillment.TrackingNumber)
            .Select(s => (JsonNode)s["order_item_id"]!.GetValue<long>()).ToList();
        if (items.Count == 0)
            throw new PermanentConnectorException($"Takealot order {order.ChannelOrderCode} has no leadtime item left to ship for {string.Join(", ", skus ?? [])}: Takealot ships items from its own DC stock, and shipped items keep their first tracking number.");
        var body = new JsonObject
        {
            ["order_id"] = long.TryParse(order.ChannelOrderCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var orderId) ? orderId
                : throw new PermanentConnectorException($"'{order.ChannelOrderCode}' is not a Takealot order id."),
            ["order_item_ids"] = new JsonArray([.. items]),
            ["tracking_number"] = fulfillment.TrackingNumber,
            ["courier"] = fulfillment.TrackingCompany,
            ["tracking_url"] = fulfillment.TrackingUrl,
        };
        _ = await _client.SendMarketplaceAsync(HttpMethod.Post, "v1/shipments", body, cancellationToken)
            ?? throw new PermanentConnectorException("Takealot POST /v1/shipments: 404 (is the Marketplace API URL right?)");
    }
}
