namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Body of <c>POST /_sim/inventory/adjust</c>: change a SKU's stock as a customer or warehouse would.</summary>
public sealed record InventoryAdjustRequest(string Sku, int Delta, string? LocationId = null);
