using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Takealot.Orders;
using Stockbridge.Connectors.Takealot.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Takealot;

/// <summary>
/// Webhooks: verified on the raw bytes (hex HMAC-SHA256); a New Leadtime Order, New Drop Ship Order or Sale Status Changed
/// delivery names an order, which is read back in full from the sales endpoint (one delivery carries one item, and the sales
/// endpoint is Takealot's record), so the hub gets the whole order; other events (Batch Completed, Offer Created/Updated) become
/// events with only an id, which the hub does not act on.
/// </summary>
public sealed partial class TakealotConnector
{
    /// <summary>The events that name an order.</summary>
    public static readonly IReadOnlySet<string> OrderEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "New Leadtime Order", "New Drop Ship Order", "Sale Status Changed",
    };

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request) => TakealotWebhookVerifier.Verify(request, _settings.WebhookSecret);

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Header(TakealotWebhookVerifier.EventHeader) ?? throw new PermanentConnectorException($"The webhook has no {TakealotWebhookVerifier.EventHeader} header.");
        JsonNode? body;
        try { body = JsonNode.Parse(request.Body.Span); }
        catch (JsonException e) { throw new PermanentConnectorException($"The {topic} webhook body is malformed: {e.Message}", "MALFORMED_PAYLOAD"); }
        if (!OrderEvents.Contains(topic))
            return [new WebhookEvent(topic, ExternalId: (body?["batch_id"] ?? body?["offer_id"])?.ToString())];
        var orderId = (body?["order_id"] ?? body?["sale"]?["order_id"])?.ToString()
            ?? throw new PermanentConnectorException($"The {topic} webhook names no order_id.", "MALFORMED_PAYLOAD");
        var sales = await _sales.OrderAsync(orderId, cancellationToken);
        if (sales.Count == 0) throw new Errors.TransientConnectorException($"Takealot order {orderId} from a {topic} webhook is not in its sales yet.");
        return [new WebhookEvent(topic, TakealotOrderMapper.Map(sales), orderId)];
    }
}
