using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Wire;
using Stockbridge.Connectors.Shopify.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Webhooks: verify the signature; parse order topics into orders, refunds/create into refunds (the order's name read by id), other topics into ids.</summary>
public sealed partial class ShopifyConnector
{
    private static readonly HashSet<string> OrderTopics = ["orders/create", "orders/updated", "orders/paid", "orders/cancelled"];

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request) =>
        ShopifyWebhookVerifier.Verify(request, context.Optional(ShopifySettingKeys.WebhookSecret));

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Header("shopify-topic") ?? request.Header("x-shopify-topic")
            ?? throw new PermanentConnectorException("The webhook has no X-Shopify-Topic header.");
        string? refundedOrder = null;
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            var body = document.RootElement;
            if (OrderTopics.Contains(topic)) return [new WebhookEvent(topic, RestOrderMapper.Map(body), body.Str("id"))];
            if (topic != RefundTopic) return [new WebhookEvent(topic, ExternalId: body.Str("id") ?? body.Str("inventory_item_id") ?? body.Str("domain"))];
            // A refund names its order by id only; the hub keys orders by name, and the shipping's tax depends on the shop's mode.
            refundedOrder = body.Str("order_id") ?? throw new JsonException("The refund has no order_id.");
            var order = (await QueryAsync(OrderQueries.NameAndTaxMode, new { id = $"gid://shopify/Order/{refundedOrder}" }, 1, cancellationToken)).Prop("order");
            if (order is not { ValueKind: JsonValueKind.Object } found)
                throw new PermanentConnectorException($"Shopify has no order {refundedOrder} for refund {body.Str("id")}.", "NOT_FOUND");
            var refund = RefundMapper.Map(body, found.Bool("taxesIncluded") ?? false);
            return [new WebhookEvent(topic, ExternalId: refund.ChannelRefundId, Refund: new ChannelRefund(found.Str("name")!, refund))];
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new PermanentConnectorException($"The {topic} webhook body is malformed: {e.Message}", "MALFORMED_PAYLOAD");
        }
    }

    private const string RefundTopic = "refunds/create";
}
