namespace Stockbridge.Connectors.Webhooks;

/// <summary>The outcome of checking a webhook's signature.</summary>
/// <param name="Valid">Whether the signature matched.</param>
/// <param name="DeliveryId">The sender's delivery id (used to ignore repeats), when valid.</param>
/// <param name="Topic">The event topic (e.g. <c>orders/create</c>), when given.</param>
/// <param name="Reason">Why it was rejected, for the log (never the secret or the expected signature).</param>
public sealed record WebhookVerification(bool Valid, string? DeliveryId, string? Topic, string? Reason)
{
    /// <summary>An accepted delivery.</summary>
    public static WebhookVerification Accept(string deliveryId, string? topic) => new(true, deliveryId, topic, null);

    /// <summary>
    /// An unsigned delivery the sender expects answered with 200 but that carries nothing to act on (WooCommerce's
    /// creation ping): the hub answers 200 and stores nothing, so an unauthenticated caller cannot fill the inbox.
    /// </summary>
    public static WebhookVerification AcknowledgeOnly(string reason) => new(true, null, null, reason) { StoreNothing = true };

    /// <summary>A rejected delivery.</summary>
    public static WebhookVerification Reject(string reason) => new(false, null, null, reason);

    /// <summary>
    /// A delivery whose signature matched but which lacks a header the connector needs (e.g. the delivery id): the
    /// sender is told which header is missing rather than that the signature failed.
    /// </summary>
    public static WebhookVerification RejectMissingHeader(string header) =>
        new(false, null, null, $"Missing {header} header.") { MissingHeader = header };

    /// <summary>Answered 200 without being stored (see <see cref="AcknowledgeOnly"/>).</summary>
    public bool StoreNothing { get; init; }

    /// <summary>The required header the delivery lacks, when that is why it was rejected.</summary>
    public string? MissingHeader { get; init; }
}
