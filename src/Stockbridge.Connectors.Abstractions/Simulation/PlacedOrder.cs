namespace Stockbridge.Connectors.Simulation;

/// <summary>An order the channel took from a shopper.</summary>
/// <param name="OrderCode">The channel's order code (what the hub calls <c>channel_order_code</c>).</param>
/// <param name="PaidExTax">What the shopper was charged, tax excluded, to the cent (lines less discounts plus shipping).</param>
public sealed record PlacedOrder(string OrderCode, decimal PaidExTax);
