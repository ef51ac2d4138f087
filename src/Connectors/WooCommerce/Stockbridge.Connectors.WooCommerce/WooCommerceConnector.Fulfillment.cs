using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Fulfilments: the order becomes <c>completed</c>, with a note naming the carrier, tracking number and URL and the meta
/// field <c>stockbridge_tracking_number</c>. An order already completed with that tracking number is left alone (a retry).
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async Task PushFulfillmentAsync(Domain.Orders.Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fulfillment);
        var path = OrderPath(order);
        var current = await Client.GetOrNullAsync(path, cancellationToken)
            ?? throw new Errors.PermanentConnectorException($"WooCommerce order {order.ChannelOrderCode} no longer exists.");
        var tracking = fulfillment.TrackingNumber ?? "";
        if (Orders.WooOrderMapper.Status(current) == "completed" && MetaValue(current, WooCommerceConstants.TrackingNumberMeta) == tracking) return;
        var parts = new[] { fulfillment.TrackingCompany, fulfillment.TrackingNumber is null ? null : $"tracking number {fulfillment.TrackingNumber}", fulfillment.TrackingUrl }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        await Client.WriteAsync(HttpMethod.Post, path + "/notes",
            new Dictionary<string, object?> { ["note"] = $"Shipped: {string.Join(", ", parts)}".TrimEnd(':', ' '), ["customer_note"] = false }, cancellationToken);
        await Client.WriteAsync(HttpMethod.Put, path, new Dictionary<string, object?>
        {
            ["status"] = "completed",
            ["meta_data"] = new[] { new Dictionary<string, object?> { ["key"] = WooCommerceConstants.TrackingNumberMeta, ["value"] = tracking } },
        }, cancellationToken);
    }
}
