using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>An outbound as read back: its ids, its events (newest first) and the fulfilment it means for the channel.</summary>
/// <param name="ShipmentId">Parcelninja's outbound id.</param>
/// <param name="ChannelOrderCode">The client order number it was created with.</param>
/// <param name="Events">Its events, newest first.</param>
/// <param name="Fulfillment">Status, tracking number, courier, tracking URL and lines.</param>
public sealed record OutboundView(string ShipmentId, string ChannelOrderCode, IReadOnlyList<OutboundEvent> Events, Domain.Orders.Fulfillment Fulfillment)
{
    /// <summary>The newest event, if any.</summary>
    public OutboundEvent? Latest => Events.Count > 0 ? Events[0] : null;
}
