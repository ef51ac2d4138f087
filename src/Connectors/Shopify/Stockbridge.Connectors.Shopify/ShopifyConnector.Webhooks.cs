using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Webhooks: verify the signature; parse orders/create and orders/updated into orders, other topics into ids.</summary>
public sealed partial class ShopifyConnector
{
    private static readonly HashSet<string> OrderTopics = ["orders/create", "orders/updated", "orders/paid", "orders/cancelled"];

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request) =>
        ShopifyWebhookVerifier.Verify(request, context.Optional(ShopifySettingKeys.WebhookSecret));

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Header("shopify-topic") ?? request.Header("x-shopify-topic")
            ?? throw new PermanentConnectorException("The webhook has no X-Shopify-Topic header.");
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            var body = document.RootElement;
            IReadOnlyList<WebhookEvent> events = OrderTopics.Contains(topic)
                ? [new WebhookEvent(topic, RestOrderMapper.Map(body), body.Str("id"))]
                : [new WebhookEvent(topic, ExternalId: body.Str("id") ?? body.Str("inventory_item_id") ?? body.Str("domain"))];
            return Task.FromResult(events);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new PermanentConnectorException($"The {topic} webhook body is malformed: {e.Message}", "MALFORMED_PAYLOAD");
        }
    }
}
