using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>
/// One line of an order. <see cref="Price"/> is per unit, ex tax and ex discount; <see cref="TotalDiscount"/> is every discount
/// the channel allocated to the line (codes, automatic, manual, and order-level discounts spread over lines), ex tax, and
/// <see cref="Discounts"/> says where it came from. <see cref="NetTotal"/> is what the customer was charged for the line ex tax,
/// after discounts, to the cent, as the channel computed it (see <see cref="OrderValue"/>).
/// </summary>
public sealed record LineItem
{
    public required string Sku { get; init; }
    public string? Title { get; init; }
    public required decimal Qty { get; init; }
    public required decimal Price { get; init; }
    public decimal TotalDiscount { get; init; }
    public ImmutableArray<DiscountAllocation> Discounts { get; init; } = [];
    /// <summary>Ex tax, after discounts, to the cent; null when the channel gives no more than price, quantity and discount.</summary>
    public decimal? NetTotal { get; init; }
    public ImmutableArray<TaxLine> TaxLines { get; init; } = [];
    public string? ChannelLineId { get; init; }
}
