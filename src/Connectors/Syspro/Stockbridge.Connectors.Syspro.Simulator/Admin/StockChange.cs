namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>Body of PUT /admin/stock-codes/{code}/warehouses/{warehouse}.</summary>
public sealed record StockChange(decimal QtyOnHand);
