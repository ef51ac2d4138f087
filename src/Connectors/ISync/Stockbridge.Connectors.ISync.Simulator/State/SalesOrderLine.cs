namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>One line of an iSync sales order.</summary>
/// <param name="LineNumber">1, 2, ...</param>
/// <param name="ProductStockId">The stock or service item.</param>
/// <param name="Description">The item's description.</param>
/// <param name="Units">How many.</param>
/// <param name="SellingPrice">The unit price ex VAT (up to five decimals).</param>
/// <param name="IsService">Whether it is a service line (shipping, adjustment).</param>
public sealed record SalesOrderLine(int LineNumber, string ProductStockId, string Description, decimal Units, decimal SellingPrice, bool IsService)
{
    /// <summary>round(Units × SellingPrice, 2), halves away from zero.</summary>
    public decimal LineTotal => Math.Round(Units * SellingPrice, 2, MidpointRounding.AwayFromZero);
}
