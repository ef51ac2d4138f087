namespace Stockbridge.Connectors.Parcelninja.Stock;

/// <summary>One SKU's stock at Parcelninja.</summary>
/// <param name="Sku">The SKU (Parcelninja's itemNo).</param>
/// <param name="Name">Its name at Parcelninja.</param>
/// <param name="InStock">Units in stock.</param>
/// <param name="Allocated">Units allocated to outbounds not yet dispatched.</param>
/// <param name="Reserved">Units reserved.</param>
/// <param name="Available">Units free for new orders (Parcelninja's <c>unallocated</c>): what a stock location shows.</param>
public sealed record WarehouseStock(string Sku, string Name, int InStock, int Allocated, int Reserved, int Available);
