namespace Stockbridge.Connectors.Simulation;

/// <summary>The channel refused a shopper's order (unknown SKU, not enough stock), as its storefront would.</summary>
public sealed class ShopperRefusedException(string message, Exception? inner = null) : Exception(message, inner);
