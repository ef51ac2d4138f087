namespace Stockbridge.Connectors.Channel;

/// <summary>An order as an order index lists it: its code (what shoppers and the hub call it) and the channel's id for it.</summary>
/// <param name="ChannelOrderCode">The order's code, e.g. Shopify's order name <c>#1001</c> (the hub's key for the order).</param>
/// <param name="ChannelOrderId">The channel's id, used to read the order in full.</param>
public sealed record ChannelOrderRef(string ChannelOrderCode, string ChannelOrderId);
