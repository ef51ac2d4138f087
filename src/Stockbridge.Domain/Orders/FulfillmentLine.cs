namespace Stockbridge.Domain.Orders;

/// <summary>A quantity of one SKU in a fulfilment.</summary>
public sealed record FulfillmentLine(string Sku, decimal Qty);
