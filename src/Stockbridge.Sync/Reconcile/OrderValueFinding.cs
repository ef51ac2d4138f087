namespace Stockbridge.Sync.Reconcile;

/// <summary>A raised order whose value in the source differs from what the channel charged (both ex tax, after discounts, with shipping).</summary>
/// <param name="ChannelOrderCode">The channel's order code.</param>
/// <param name="SourceOrderCode">The source's order number.</param>
/// <param name="ChannelValue">What the channel charged ex tax.</param>
/// <param name="SourceValue">What the source's order holds ex tax; null when the source no longer has the order.</param>
/// <param name="Lines">The stock codes and charges that differ, e.g. <c>IPOD2008RED: channel 195.67, SYSPRO 199.00</c>.</param>
public sealed record OrderValueFinding(
    string ChannelOrderCode, string SourceOrderCode, decimal ChannelValue, decimal? SourceValue, IReadOnlyList<string> Lines)
{
    /// <summary>Source value less channel value (the channel value itself when the order is gone from the source).</summary>
    public decimal Difference => (SourceValue ?? 0) - ChannelValue;
}
