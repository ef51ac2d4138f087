using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Channel;

/// <summary>A refund a channel made on one of its orders (named by the order's code, as the hub keys orders).</summary>
/// <param name="ChannelOrderCode">The order's code on the channel (e.g. Shopify's #1001).</param>
/// <param name="Refund">The refund, mapped to the canonical model.</param>
public sealed record ChannelRefund(string ChannelOrderCode, Refund Refund);
