namespace Stockbridge.Simulators.Webhooks;

/// <summary>What happened to one delivery attempt (tests read these; Shopify serves them at <c>GET /_sim/webhooks/deliveries</c>).</summary>
/// <param name="WebhookId">The delivery's id.</param>
/// <param name="Topic">Its topic.</param>
/// <param name="Uri">Its receiver.</param>
/// <param name="Attempt">1 for the first send, 2 for the first retry…; 0 for the closing abandoned record.</param>
/// <param name="Outcome">One of <see cref="WebhookOutcomes"/>: delivered, failed, dropped (fault), duplicated (fault), abandoned (retries used up).</param>
/// <param name="Status">The receiver's HTTP status, or null when it gave none.</param>
/// <param name="At">When.</param>
public sealed record WebhookDeliveryRecord(string WebhookId, string Topic, string Uri, int Attempt, string Outcome, int? Status, DateTimeOffset At);
