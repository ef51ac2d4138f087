namespace Stockbridge.Connectors.Simulation;

/// <summary>An order as the channel holds it.</summary>
/// <param name="OrderCode">The channel's order code.</param>
/// <param name="Status">The channel's own status word for the order.</param>
/// <param name="ErpOrderNumbers">ERP order numbers written back onto it (tag, note, metafield, comment).</param>
/// <param name="TrackingNumbers">Tracking numbers of its fulfilments.</param>
public sealed record ChannelOrderState(string OrderCode, string Status, IReadOnlyList<string> ErpOrderNumbers, IReadOnlyList<string> TrackingNumbers);
