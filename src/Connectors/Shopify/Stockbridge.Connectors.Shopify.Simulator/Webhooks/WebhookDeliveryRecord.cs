namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>What happened to one delivery attempt (readable at <c>GET /_sim/webhooks/deliveries</c>).</summary>
/// <param name="Outcome">delivered, failed, dropped (fault), duplicated (fault), abandoned (retries used up).</param>
public sealed record WebhookDeliveryRecord(string WebhookId, string Topic, string Uri, int Attempt, string Outcome, int? Status, DateTimeOffset At);
