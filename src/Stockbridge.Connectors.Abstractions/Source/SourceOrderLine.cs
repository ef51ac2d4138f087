namespace Stockbridge.Connectors.Source;

/// <summary>One line of a source order and its value ex tax after the line's discount.</summary>
/// <param name="Line">The line number.</param>
/// <param name="StockCode">The stock code; null for a charge (freight, misc charge).</param>
/// <param name="Description">What the line is.</param>
/// <param name="Qty">The quantity (1 for a charge).</param>
/// <param name="Value">The line's value ex tax, to the cent.</param>
public sealed record SourceOrderLine(int Line, string? StockCode, string Description, decimal Qty, decimal Value);
