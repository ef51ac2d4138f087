namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A product option (e.g. Size) and its values in order.</summary>
public sealed record SimOption(long Id, string Name, List<string> Values);
