namespace Stockbridge.Sync.Reconcile;

/// <summary>What the order-value part of a reconcile sweep did.</summary>
/// <param name="Checked">Raised orders whose value was compared with the source's.</param>
/// <param name="Findings">The orders whose values differ (all of them; a sweep keeps at most <see cref="OrderValueCheck.MaxFindings"/>).</param>
/// <param name="Skipped">Why nothing was compared, when nothing could be (no order source, or a source that cannot report values).</param>
public sealed record OrderValueSweepResult(int Checked, IReadOnlyList<OrderValueFinding> Findings, string? Skipped = null);
