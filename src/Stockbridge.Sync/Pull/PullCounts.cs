namespace Stockbridge.Sync.Pull;

/// <summary>What a pull (or one of its batches) did.</summary>
/// <param name="Read">Records read from the source.</param>
/// <param name="Written">Records created or changed in the hub.</param>
/// <param name="StockOnly">Of those, products whose only change was stock.</param>
/// <param name="PushJobs">Push jobs requested.</param>
public sealed record PullCounts(int Read, int Written, int StockOnly, int PushJobs)
{
    /// <summary>Nothing.</summary>
    public static PullCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public static PullCounts operator +(PullCounts a, PullCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Read + b.Read, a.Written + b.Written, a.StockOnly + b.StockOnly, a.PushJobs + b.PushJobs);
    }

    /// <summary>The sum of two counts.</summary>
    public static PullCounts Add(PullCounts a, PullCounts b) => a + b;
}
