namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>A SorDetail row. LineType: 1 stocked, 4 freight, 5 misc charge, 6 comment.</summary>
public sealed record SalesOrderLineRecord(
    int Line, string LineType, string StockCode, string Description, string Warehouse, decimal OrderQty, decimal ShipQty,
    decimal BackOrderQty, decimal Price, decimal ChargeValue);
