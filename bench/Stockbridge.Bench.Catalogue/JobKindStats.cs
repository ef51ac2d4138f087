namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// One job kind's work in a step, from the hub's store: jobs, how they ended, attempts (and how many were rate-limited),
/// the summed time of all attempts (busy), and the span from the first attempt's start to the last one's end.
/// </summary>
internal sealed record JobKindStats(string Kind, long Jobs, long Succeeded, long Failed, long Attempts, long RateLimited, TimeSpan Busy, TimeSpan Span)
{
    /// <summary>Jobs of this kind running at once on average over its span.</summary>
    public double Concurrency => Span > TimeSpan.Zero ? Busy / Span : 0;

    public TimeSpan MeanAttempt => Attempts > 0 ? Busy / Attempts : TimeSpan.Zero;
}
