namespace Stockbridge.Connectors.Webhooks;

/// <summary>
/// A connector that receives webhooks at <c>POST /webhooks/{connectionId}</c>. Verification runs on the request
/// thread before anything is stored, so it must be fast and must not do I/O; parsing runs later, from the inbox.
/// </summary>
public interface ISupportsWebhooks
{
    /// <summary>
    /// Checks the signature over the raw body bytes, in constant time, and reads the delivery id and topic.
    /// Returns a rejection (never throws) for a missing or bad signature.
    /// </summary>
    WebhookVerification Verify(WebhookRequest request);

    /// <summary>Turns a verified, stored delivery into the events the hub acts on.</summary>
    Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken);
}
