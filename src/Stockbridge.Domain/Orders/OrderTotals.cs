namespace Stockbridge.Domain.Orders;

/// <summary>
/// The money totals the channel reported. <see cref="Subtotal"/> is the lines after discounts, ex tax; <see cref="Shipping"/>
/// the shipping after its discounts, ex tax; <see cref="Discount"/> every discount (lines, order and shipping), as the channel
/// reported it; <see cref="Total"/> what the customer paid, tax included.
/// </summary>
public sealed record OrderTotals(decimal Subtotal, decimal Tax, decimal Shipping, decimal Discount, decimal Total);
