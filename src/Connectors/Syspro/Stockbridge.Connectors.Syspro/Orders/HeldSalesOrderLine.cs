namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>One SorDetail line: LineType 1 stocked, 4 freight, 5 misc charge; <see cref="Value"/> ex tax as <see cref="Database.OrderValueReader"/> values it.</summary>
internal sealed record HeldSalesOrderLine(int Line, string LineType, string StockCode, string Description, decimal Qty, decimal Price, decimal DiscountValue, decimal Value);
