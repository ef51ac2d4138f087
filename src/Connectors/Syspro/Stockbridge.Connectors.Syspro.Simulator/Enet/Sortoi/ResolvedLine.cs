namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>A validated order line ready for SorDetail. LineType: 1 stocked, 4 freight, 5 misc charge, 6 comment.</summary>
internal sealed record ResolvedLine(
    string LineType, string StockCode, string Description, string Warehouse, decimal Qty, decimal Price, string PriceCode,
    decimal ChargeValue, string Comment, string ProductClass)
{
    public decimal Value => LineType == "1" ? Qty * Price : ChargeValue;
}
