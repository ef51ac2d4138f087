namespace Stockbridge.Connectors.Simulation;

/// <summary>Codes a source simulator seeds and will accept on an order.</summary>
/// <param name="Sku">A stocked, active SKU.</param>
/// <param name="Customer">An account customer orders may be raised against.</param>
public sealed record SourceSampleCodes(string Sku, string Customer);
