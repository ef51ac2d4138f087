namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>An MSI source item: the quantity of one SKU at one source.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="SourceCode">The source.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Status">1 in stock, 0 out of stock.</param>
public sealed record SourceItem(string Sku, string SourceCode, decimal Quantity, int Status);
