namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>A change to one SKU's stock, as a stock-adjustment webhook reports it.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="At">When it changed.</param>
/// <param name="StockType"><c>InStock</c> or <c>Reserved</c>.</param>
/// <param name="OldQuantity">Before.</param>
/// <param name="NewQuantity">After.</param>
/// <param name="Reason">Why (e.g. Outbound Created, CYCLE_COUNT, Decrease Stock at Location).</param>
public sealed record StockAdjustment(string Sku, DateTimeOffset At, string StockType, int OldQuantity, int NewQuantity, string Reason)
{
    /// <summary>New less old.</summary>
    public int Change => NewQuantity - OldQuantity;
}
