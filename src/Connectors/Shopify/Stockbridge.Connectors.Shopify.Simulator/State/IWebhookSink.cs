using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>Where the shop hands events to be delivered as webhooks (must not block).</summary>
public interface IWebhookSink
{
    /// <summary>Queues <paramref name="body"/> for every subscription to <paramref name="topic"/>.</summary>
    void Publish(string topic, JsonObject body);
}
