using System.Collections.Immutable;

namespace Stockbridge.TradeStore.Cart;

/// <summary>
/// A customer's cart. <see cref="CheckoutKey"/> becomes the order's code at checkout: a repeated or double-submitted checkout
/// of the same cart offers the hub the same order code, which the intake takes in once.
/// </summary>
public sealed record TradeCart
{
    public ImmutableArray<CartLine> Lines { get; init; } = [];
    public required string CheckoutKey { get; init; }
    public bool IsEmpty => Lines.IsDefaultOrEmpty;
}
