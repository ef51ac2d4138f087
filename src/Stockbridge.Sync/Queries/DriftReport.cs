using Stockbridge.Sync.Reconcile;

namespace Stockbridge.Sync.Queries;

/// <summary>The drift of one channel connection as its last reconcile sweep found it.</summary>
/// <param name="ConnectionId">The channel connection.</param>
/// <param name="ConnectionName">Its display name.</param>
/// <param name="LastSweepAt">When the last sweep finished (null: never swept).</param>
/// <param name="Checked">Products compared.</param>
/// <param name="Drifted">Products that differed.</param>
/// <param name="Healed">Of those, products pushed again since the drift was found.</param>
/// <param name="OrdersTakenIn">Orders the sweep found on the channel that the hub had missed.</param>
/// <param name="Examples">Some of the differences found.</param>
/// <param name="OrdersValued">Raised orders whose value ex tax was compared with the source's own order.</param>
/// <param name="ValueDifferences">Orders whose value in the source differs from what the channel charged (every cent counts).</param>
/// <param name="ValueFindings">Those orders, with both values and the lines that differ.</param>
/// <param name="ValuesSkipped">Why no order was valued, when none could be.</param>
public sealed record DriftReport(
    string ConnectionId, string ConnectionName, DateTimeOffset? LastSweepAt, int Checked, int Drifted, int Healed, int OrdersTakenIn,
    IReadOnlyList<DriftFinding> Examples, int OrdersValued = 0, int ValueDifferences = 0,
    IReadOnlyList<OrderValueFinding>? ValueFindings = null, string? ValuesSkipped = null);
