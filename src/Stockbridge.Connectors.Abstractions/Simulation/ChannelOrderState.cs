namespace Stockbridge.Connectors.Simulation;

/// <summary>An order as the channel holds it.</summary>
/// <param name="OrderCode">The channel's order code.</param>
/// <param name="Status">The channel's own status word for the order.</param>
/// <param name="ErpOrderNumbers">ERP order numbers written back onto it (tag, note, metafield, comment).</param>
/// <param name="TrackingNumbers">Tracking numbers of its fulfilments.</param>
public sealed record ChannelOrderState(string OrderCode, string Status, IReadOnlyList<string> ErpOrderNumbers, IReadOnlyList<string> TrackingNumbers)
{
    /// <summary>
    /// False for a channel whose orders have no place for the seller's own reference (Takealot): the ERP's order number cannot
    /// be written back, so checks that look for it there do not apply. <value>true</value>
    /// </summary>
    public bool CarriesErpOrderNumbers { get; init; } = true;
}
