namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Body of <c>POST /_sim/webhooks</c>: a topic such as <c>orders/create</c> and the receiver's URI.</summary>
public sealed record SubscribeRequest(string Topic, string Uri);
