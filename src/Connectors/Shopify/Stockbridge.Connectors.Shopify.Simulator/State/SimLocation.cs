namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A stock location.</summary>
public sealed record SimLocation(long Id, string Name, bool IsActive = true);
