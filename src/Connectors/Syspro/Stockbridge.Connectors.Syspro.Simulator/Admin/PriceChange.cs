namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>Body of PUT /admin/stock-codes/{code}/prices/{priceCode}.</summary>
public sealed record PriceChange(decimal SellingPrice);
