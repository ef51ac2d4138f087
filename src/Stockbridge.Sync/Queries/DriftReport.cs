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
public sealed record DriftReport(
    string ConnectionId, string ConnectionName, DateTimeOffset? LastSweepAt, int Checked, int Drifted, int Healed, int OrdersTakenIn,
    IReadOnlyList<DriftFinding> Examples);
