namespace Stockbridge.Connectors.Shopify.Stock;

/// <summary>A SKU whose Shopify quantity was not what the hub expected: what the hub expected and what Shopify holds now.</summary>
public sealed record StockConflict(string Sku, string LocationId, decimal? Expected, decimal Current);
