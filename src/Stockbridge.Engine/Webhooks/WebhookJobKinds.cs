namespace Stockbridge.Engine.Webhooks;

/// <summary>The job kinds of the webhook path.</summary>
public static class WebhookJobKinds
{
    /// <summary>Parses a stored inbox delivery and hands its events to the <see cref="IWebhookEventSink"/>.</summary>
    public const string Process = "webhook.process";
}
