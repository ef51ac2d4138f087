namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>A stock code an ERP user adds: master row, list price (code A) and stock in one warehouse.</summary>
public sealed record NewStockCode(string StockCode, string Description, decimal SellingPrice, decimal QtyOnHand, string Warehouse = "JHB", string Active = "Y");
