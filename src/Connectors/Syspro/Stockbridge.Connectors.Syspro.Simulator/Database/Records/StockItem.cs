namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>An InvMaster row with its list price and warehouses (char columns trimmed).</summary>
public sealed record StockItem(
    string StockCode, string Description, string LongDesc, string StockUom, string ProductClass, decimal ListPrice,
    IReadOnlyList<string> UserFields, IReadOnlyList<WarehouseStock> Warehouses);
