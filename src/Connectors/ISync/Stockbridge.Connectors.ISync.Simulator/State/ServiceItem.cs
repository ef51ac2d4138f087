namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>A pre-defined service (non-stock) item an order line may name, e.g. the shipping line.</summary>
/// <param name="Code">Its <c>ProductStockID</c>.</param>
/// <param name="Description">What it is.</param>
public sealed record ServiceItem(string Code, string Description);
