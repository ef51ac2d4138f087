namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A tax charged on a line or on shipping.</summary>
public sealed record SimTaxLine(string Title, decimal Rate, decimal Price);
