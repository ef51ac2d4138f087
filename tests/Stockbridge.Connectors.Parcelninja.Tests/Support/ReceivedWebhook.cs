namespace Stockbridge.Connectors.Parcelninja.Tests.Support;

/// <summary>One POST a <see cref="WebhookReceiver"/> took: its headers and exact body.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
