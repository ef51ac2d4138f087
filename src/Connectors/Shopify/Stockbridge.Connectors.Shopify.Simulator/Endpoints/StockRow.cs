namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>One SKU's stock at one location, with its prices.</summary>
public sealed record StockRow(string? Sku, string LocationId, int Available, decimal Price, decimal? CompareAtPrice);
