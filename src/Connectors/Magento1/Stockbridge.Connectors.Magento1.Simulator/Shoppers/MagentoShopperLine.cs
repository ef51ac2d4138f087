namespace Stockbridge.Connectors.Magento1.Simulator.Shoppers;

/// <summary>One line of a shopper's cart.</summary>
/// <param name="Sku">The simple product's SKU.</param>
/// <param name="Qty">How many.</param>
public sealed record MagentoShopperLine(string Sku, decimal Qty);
