namespace Stockbridge.Connectors.Takealot.Simulator.Sales;

/// <summary>Where a sale's stock comes from.</summary>
public enum SaleKind
{
    /// <summary>The seller's own warehouse: leadtime stock is decremented and the seller ships.</summary>
    Leadtime,
    /// <summary>A Takealot DC's stock: Takealot ships; the seller never does.</summary>
    TakealotFulfilled,
}
