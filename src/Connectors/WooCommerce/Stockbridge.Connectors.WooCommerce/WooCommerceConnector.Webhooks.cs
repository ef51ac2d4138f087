using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Orders;
using Stockbridge.Connectors.WooCommerce.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Webhooks: verify the signature; order.* bodies in a status to raise become orders, other orders, deleted bodies
/// (<c>{"id": N}</c>), other topics and the creation ping become events with only an id, which the hub does not act on.
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request) =>
        WooCommerceWebhookVerifier.Verify(request, context.Optional(Stockbridge.Connectors.WooCommerce.Settings.WooCommerceSettingKeys.WebhookSecret));

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Header("x-wc-webhook-topic");
        if (topic is null && WooCommerceWebhookVerifier.PingWebhookId(request.Body.Span) is { } webhookId)
            return Task.FromResult<IReadOnlyList<WebhookEvent>>([new WebhookEvent(WooCommerceWebhookVerifier.PingTopic, ExternalId: webhookId)]);
        if (topic is null) throw new PermanentConnectorException("The webhook has no X-WC-Webhook-Topic header.");
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            var body = document.RootElement;
            var isOrder = topic.StartsWith("order.", StringComparison.Ordinal) && topic != "order.deleted" && body.Prop("line_items") is not null;
            IReadOnlyList<WebhookEvent> events = isOrder && IsToRaise(body)
                ? [new WebhookEvent(topic, WooOrderMapper.Map(body), body.Str("id"))]
                : [new WebhookEvent(topic, ExternalId: body.Str("id"))];
            return Task.FromResult(events);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new PermanentConnectorException($"The {topic} webhook body is malformed: {e.Message}", "MALFORMED_PAYLOAD");
        }
    }
}
