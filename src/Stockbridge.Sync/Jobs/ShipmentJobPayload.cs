namespace Stockbridge.Sync.Jobs;

/// <summary>The payload of <c>order.push-fulfillment</c>: the order and the one shipment to create on the channel.</summary>
/// <param name="OrderKey">The hub order key, <c>{channelConnectionId}:{channel_order_code}</c>.</param>
/// <param name="ChannelConnectionId">The channel connection the order came from.</param>
/// <param name="ChannelOrderCode">The order's code on the channel.</param>
/// <param name="ShipmentId">The fulfilment service's id of the shipment.</param>
public sealed record ShipmentJobPayload(string OrderKey, string ChannelConnectionId, string ChannelOrderCode, string ShipmentId);
