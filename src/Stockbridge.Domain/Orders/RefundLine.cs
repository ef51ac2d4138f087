namespace Stockbridge.Domain.Orders;

/// <summary>One refunded line: which order line (the channel's line id, else the SKU) and how many units.</summary>
/// <param name="ChannelLineId">The channel's id of the order line.</param>
/// <param name="Sku">The line's SKU.</param>
/// <param name="Qty">Units refunded.</param>
/// <param name="Subtotal">What the channel refunded for them (after discounts, in the channel's tax basis).</param>
/// <param name="Tax">The tax refunded with them.</param>
public sealed record RefundLine(string? ChannelLineId = null, string? Sku = null, decimal Qty = 0, decimal Subtotal = 0, decimal Tax = 0);
