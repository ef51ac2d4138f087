namespace Stockbridge.Bench.Nodes;

/// <summary>One run: which store, how many node processes, and how long the queue took to drain once due.</summary>
internal sealed record BenchRow(string Store, int Nodes, int Jobs, TimeSpan Elapsed, double AttemptsPerJob)
{
    public double Rate => Jobs / Elapsed.TotalSeconds;
}
