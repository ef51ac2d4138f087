namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>A validated <c>POST /outbounds/</c> body.</summary>
/// <param name="ClientId">The client's order number.</param>
/// <param name="TypeId">2 (customer order) or 4 (return-stock order).</param>
/// <param name="ChannelId">The client's sales channel id, if given.</param>
/// <param name="Delivery">Where it goes.</param>
/// <param name="Items">Its lines.</param>
public sealed record CreateOutboundRequest(string ClientId, int TypeId, string? ChannelId, DeliveryInfo Delivery, IReadOnlyList<OutboundItem> Items);
