namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>The shipping rate chosen at checkout.</summary>
public sealed record PlaceOrderShipping(string Title, string Code, decimal Price);
