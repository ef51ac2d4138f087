namespace Stockbridge.TradeStore.Cart;

/// <summary>A SKU and quantity in a cart.</summary>
public sealed record CartLine(string Sku, decimal Qty);
