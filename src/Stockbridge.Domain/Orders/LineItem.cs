using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>One line of an order. <see cref="Price"/> is per unit, ex tax and ex discount.</summary>
public sealed record LineItem
{
    public required string Sku { get; init; }
    public string? Title { get; init; }
    public required decimal Qty { get; init; }
    public required decimal Price { get; init; }
    public decimal TotalDiscount { get; init; }
    public ImmutableArray<TaxLine> TaxLines { get; init; } = [];
    public string? ChannelLineId { get; init; }
}
