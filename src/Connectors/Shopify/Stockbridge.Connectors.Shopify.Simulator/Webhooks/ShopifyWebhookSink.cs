using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>The shop's webhook topics sent through the kit's dispatcher, with bodies written as Shopify writes them.</summary>
public sealed class ShopifyWebhookSink(WebhookDispatcher dispatcher) : IWebhookSink
{
    /// <inheritdoc />
    public void Publish(string topic, JsonObject body) => dispatcher.Publish(topic, Encoding.UTF8.GetBytes(RestPayloads.Serialize(body)));
}
