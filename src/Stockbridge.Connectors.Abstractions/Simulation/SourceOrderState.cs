namespace Stockbridge.Connectors.Simulation;

/// <summary>A sales order as the ERP holds it.</summary>
/// <param name="OrderNumber">The ERP's order number.</param>
/// <param name="Customer">The ERP customer it was raised for.</param>
/// <param name="ValueExTax">Its value ex tax, to the cent, as the ERP computes it (lines less discounts plus freight).</param>
/// <param name="LineCount">How many lines it has.</param>
public sealed record SourceOrderState(string OrderNumber, string Customer, decimal ValueExTax, int LineCount);
