namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>One Admin GraphQL call.</summary>
/// <param name="Query">The document.</param>
/// <param name="Variables">Its variables (serialised as JSON).</param>
/// <param name="EstimatedCost">The cost the client expects Shopify to charge (used to wait for the bucket first).</param>
/// <param name="IsMutation">Whether it writes (a failure after sending may have committed).</param>
public sealed record GraphRequest(string Query, object? Variables, int EstimatedCost, bool IsMutation);
