using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Jobs;

/// <summary>The payload of <c>order.refund</c>: the order and the refund itself (so the job can restore it if a later write lost it).</summary>
/// <param name="OrderKey">The hub order key.</param>
/// <param name="ChannelConnectionId">The channel connection the order came from.</param>
/// <param name="ChannelOrderCode">The order's code on the channel.</param>
/// <param name="Refund">The refund as taken in.</param>
public sealed record RefundJobPayload(string OrderKey, string ChannelConnectionId, string ChannelOrderCode, Refund Refund);
