namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>A line the shopper buys: a SKU and a quantity; the price is the variant's current price.</summary>
public sealed record PlaceOrderLine(string Sku, int Quantity);
