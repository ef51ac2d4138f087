namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>An order as posted (already parsed from the wire), before iSync checks it.</summary>
/// <param name="PoNumber">The <c>PONumber</c>.</param>
/// <param name="CustomerCode">The debtor account.</param>
/// <param name="OrderDate">The order date.</param>
/// <param name="DeliveryDetail">The delivery address text.</param>
/// <param name="Lines">(ProductStockID, Units, SellingPrice) per line.</param>
public sealed record OrderRequest(string PoNumber, string CustomerCode, DateOnly OrderDate, string DeliveryDetail, IReadOnlyList<(string ProductStockId, decimal Units, decimal SellingPrice)> Lines);
