namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>An outbound whose newest event is later than a poll's cursor, or that a verified webhook named.</summary>
/// <param name="ShipmentId">Parcelninja's outbound id.</param>
/// <param name="ChannelOrderCode">Its client order number.</param>
/// <param name="Latest">Its newest event.</param>
public sealed record ShipmentChange(string ShipmentId, string ChannelOrderCode, OutboundEvent Latest);
