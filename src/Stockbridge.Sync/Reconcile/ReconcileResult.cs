namespace Stockbridge.Sync.Reconcile;

/// <summary>What a reconcile sweep found (stored as the job's result; <c>stockbridge drift</c> reads it back).</summary>
/// <param name="Checked">Products compared with the channel's snapshots.</param>
/// <param name="Drifted">Products whose channel copy differed from the last push (a forced push was queued for each).</param>
/// <param name="Unpushed">Active products never pushed to this channel (a push was queued).</param>
/// <param name="Stale">Products whose projection changed since the last push with no push done yet (a push was queued).</param>
/// <param name="OrdersSeen">Channel orders read for the lookback window.</param>
/// <param name="OrdersTakenIn">Of those, orders the hub did not have.</param>
/// <param name="DriftedKeys">The drifted products (at most 1000).</param>
/// <param name="Examples">Up to 20 findings.</param>
/// <param name="OrdersValued">Raised orders of the lookback window whose value was compared with the source's.</param>
/// <param name="ValueDifferences">Of those, orders whose value differs.</param>
/// <param name="ValueFindings">The orders whose value differs (at most <see cref="OrderValueCheck.MaxFindings"/>).</param>
/// <param name="ValuesSkipped">Why no order was valued, when none could be.</param>
public sealed record ReconcileResult(
    int Checked, int Drifted, int Unpushed, int Stale, int OrdersSeen, int OrdersTakenIn,
    IReadOnlyList<string> DriftedKeys, IReadOnlyList<DriftFinding> Examples,
    int OrdersValued = 0, int ValueDifferences = 0, IReadOnlyList<OrderValueFinding>? ValueFindings = null, string? ValuesSkipped = null);
