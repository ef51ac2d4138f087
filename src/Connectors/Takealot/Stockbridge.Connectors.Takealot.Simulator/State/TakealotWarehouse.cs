namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A warehouse: one of the seller's own (leadtime stock) or one of Takealot's distribution centres.</summary>
/// <param name="Id">Takealot's warehouse id.</param>
/// <param name="Name">Its name (e.g. "Cape Town" for a DC, the seller's own name for a merchant warehouse).</param>
/// <param name="Code">A DC's facility code (CPT, JHB, DBN); the merchant warehouse's region for the seller's own.</param>
public sealed record TakealotWarehouse(int Id, string Name, string Code);
