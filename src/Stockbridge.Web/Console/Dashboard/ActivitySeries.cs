namespace Stockbridge.Web.Console.Dashboard;

/// <summary>Counts per time bucket for one chart.</summary>
/// <param name="Title">What is counted.</param>
/// <param name="Color">The bars' colour.</param>
/// <param name="Buckets">Bucket start and count, oldest first.</param>
public sealed record ActivitySeries(string Title, string Color, IReadOnlyList<(DateTimeOffset Start, long Count)> Buckets)
{
    /// <summary>The total over every bucket.</summary>
    public long Total => Buckets.Sum(b => b.Count);
}
