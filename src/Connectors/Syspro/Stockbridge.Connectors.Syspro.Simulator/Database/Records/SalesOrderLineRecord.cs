namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>
/// A SorDetail row. LineType: 1 stocked, 4 freight, 5 misc charge, 6 comment. <see cref="DiscountValue"/> is what the line's
/// discount fields take off (MDiscValue with MDiscValFlag, or MDiscPct1-3); <see cref="Value"/> is the line's value ex tax.
/// </summary>
public sealed record SalesOrderLineRecord(
    int Line, string LineType, string StockCode, string Description, string Warehouse, decimal OrderQty, decimal ShipQty,
    decimal BackOrderQty, decimal Price, decimal ChargeValue, decimal DiscountValue = 0, decimal Value = 0);
