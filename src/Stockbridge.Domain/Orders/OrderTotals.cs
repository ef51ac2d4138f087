namespace Stockbridge.Domain.Orders;

/// <summary>The money totals the channel reported.</summary>
public sealed record OrderTotals(decimal Subtotal, decimal Tax, decimal Shipping, decimal Discount, decimal Total);
