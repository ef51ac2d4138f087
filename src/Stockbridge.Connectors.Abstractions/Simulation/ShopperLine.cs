namespace Stockbridge.Connectors.Simulation;

/// <summary>One line of a shopper's order.</summary>
public sealed record ShopperLine(string Sku, decimal Quantity);
