namespace Stockbridge.Sync.Jobs;

/// <summary>The payload of <c>order.raise</c> and <c>order.mark-raised</c>.</summary>
/// <param name="OrderKey">The hub order key, <c>{channelConnectionId}:{channel_order_code}</c>.</param>
/// <param name="ChannelConnectionId">The channel connection the order came from.</param>
/// <param name="ChannelOrderCode">The order's code on the channel.</param>
/// <param name="SourceOrderCode">For <c>order.mark-raised</c>: the source's order number.</param>
public sealed record OrderJobPayload(string OrderKey, string ChannelConnectionId, string ChannelOrderCode, string? SourceOrderCode = null);
