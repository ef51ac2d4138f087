namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>One order as the state summary shows it.</summary>
public sealed record OrderRow(string Id, string Name, IReadOnlyList<string> Tags, string? Note, string? FulfillmentStatus);
