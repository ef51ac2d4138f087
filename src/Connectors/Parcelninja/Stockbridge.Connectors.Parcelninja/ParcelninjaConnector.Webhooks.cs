using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Parcelninja.Outbounds;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>
/// Parcelninja's webhooks carry no signature, so none is checked: <see cref="Verify"/> accepts any well-formed status or
/// stock-adjustment payload and gives it Parcelninja's deduplication key, and <see cref="ParseAsync"/> acts only on what a
/// re-read of the outbound (or item) confirms. A forged post naming an outbound that does not exist, or naming it under
/// another order number, yields nothing.
/// </summary>
public sealed partial class ParcelninjaConnector : ISupportsWebhooks
{
    /// <summary>The topic of an outbound status webhook: the payload's <c>ExternalId</c> is the outbound id.</summary>
    public const string ShipmentTopic = "fulfillments/update";

    /// <summary>The topic of a stock-adjustment webhook: the payload's <c>ExternalId</c> is the SKU.</summary>
    public const string StockTopic = "inventory/update";

    /// <summary>The largest webhook body taken.</summary>
    public const int MaxWebhookBytes = 256 * 1024;

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Body.Length > MaxWebhookBytes) return WebhookVerification.Reject($"The body is larger than {MaxWebhookBytes} bytes.");
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            var root = document.RootElement;
            if (root.Str("id") is { } id && root.Prop("events") is not null)
            {
                var latest = OutboundReader.Events(root).FirstOrDefault();
                var at = latest?.At.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                return WebhookVerification.Accept($"outbound:{id}:{latest?.Code}:{at}", ShipmentTopic);
            }
            if (root.Str("sku") is { } sku)
                return WebhookVerification.Accept(
                    $"stock:{sku}:{root.Str("timestamp")}:{root.Str("stockType")}:{root.Str("oldQuantity")}:{root.Str("newQuantity")}", StockTopic);
            return WebhookVerification.Reject("Not a Parcelninja outbound status or stock-adjustment payload (no id and events, no sku).");
        }
        catch (JsonException e)
        {
            return WebhookVerification.Reject($"The body is not JSON: {e.Message}");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        if (root.Str("id") is { } id && root.Prop("events") is not null)
        {
            // Never trust the post: re-read the outbound, and act only if it exists under the order number the post named.
            var outbound = await ReadShipmentAsync(id, cancellationToken);
            return outbound is not null && string.Equals(outbound.ChannelOrderCode, root.Str("clientId"), StringComparison.Ordinal)
                ? [new WebhookEvent(ShipmentTopic, ExternalId: outbound.ShipmentId)]
                : [];
        }
        if (root.Str("sku") is { } sku)
        {
            var stock = await ReadStockAsync([sku], cancellationToken);
            return stock.Any(s => string.Equals(s.Sku, sku, StringComparison.OrdinalIgnoreCase)) ? [new WebhookEvent(StockTopic, ExternalId: sku)] : [];
        }
        return [];
    }

    /// <summary>
    /// Registers the account's one callback URL (<c>POST /hooks</c>): Parcelninja sends both status and stock-adjustment
    /// webhooks there. Use an unguessable path; it replaces any URL registered before.
    /// </summary>
    public async Task RegisterCallbackAsync(Uri hookUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hookUrl);
        if (!hookUrl.IsAbsoluteUri || hookUrl.Scheme is not ("http" or "https"))
            throw new Errors.PermanentConnectorException($"'{hookUrl}' is not an absolute http(s) URL Parcelninja can call.");
        _ = await api.SendAsync(HttpMethod.Post, "hooks", new System.Text.Json.Nodes.JsonObject { ["hookUrl"] = hookUrl.AbsoluteUri }, cancellationToken)
            ?? throw new Errors.PermanentConnectorException("Parcelninja has no hooks endpoint (POST hooks: 404).");
    }

    /// <summary>The callback URL Parcelninja holds for the account (<c>GET /hooks/getCallback</c>), or null.</summary>
    public async Task<Uri?> ReadCallbackAsync(CancellationToken cancellationToken)
    {
        var answer = await api.GetAsync("hooks/getCallback", cancellationToken);
        return answer?.Body is { } body && body.Str("hookUrl") is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
    }
}
