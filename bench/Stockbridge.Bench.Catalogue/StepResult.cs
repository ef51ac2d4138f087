namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// One measured step. <see cref="Wall"/> runs from the step's start to the last shop write before the shop matched
/// (or, with nothing to write, to the hub going idle); points, writes and calls count everything the step caused, up to
/// the hub going idle. <see cref="Points"/> is what the simulator charged (each call's requested cost, taken up front);
/// a query's unused points are refunded, so the bucket really lost <see cref="ShopifyCallCounts.ActualPoints"/>.
/// <see cref="Minimum"/> is the least time the plan's cost budget allows for those: (actual points − bucket size) ÷
/// restore rate, starting from a full bucket.
/// </summary>
internal sealed record StepResult(
    string Name,
    TimeSpan Wall,
    TimeSpan UntilIdle,
    long Points,
    TimeSpan Minimum,
    long Writes,
    ShopifyCallCounts Calls,
    TimeSpan Cpu,
    IReadOnlyList<JobKindStats> Jobs,
    ShopMatch? Match,
    string Detail,
    string LoadAtEnd)
{
    public double? WallOverMinimum => Minimum > TimeSpan.Zero ? Wall / Minimum : null;

    /// <summary>Cores this process kept busy on average (hub and both simulators share it).</summary>
    public double CoresBusy => UntilIdle > TimeSpan.Zero ? Cpu / UntilIdle : 0;
}
