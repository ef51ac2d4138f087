namespace Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;

/// <summary>A line a shopper puts in the cart.</summary>
public sealed record WooShopperLine(string Sku, int Quantity);
