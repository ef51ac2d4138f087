namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

/// <summary>One request a <see cref="WebhookReceiver"/> got.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body, string ContentType)
{
    public bool IsPing => !Headers.ContainsKey("X-WC-Webhook-Topic");
}
