namespace Stockbridge.Bench;

/// <summary>One measured step.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Count">How many items.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Detail">Latency percentiles or other notes.</param>
internal sealed record BenchResult(string Name, int Count, TimeSpan Elapsed, string Detail)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
