namespace Stockbridge.Bench.Sql;

/// <summary>What a read measured.</summary>
public sealed record ReadResult(long Products, long Variants, TimeSpan Elapsed, double PeakWorkingSetMb, double HeapBeforeMb, IReadOnlyList<MemorySample> Samples)
{
    /// <summary>Variants read per second.</summary>
    public double VariantsPerSecond => Variants / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>The largest managed heap seen at a sample.</summary>
    public double PeakHeapMb => Samples.Count == 0 ? HeapBeforeMb : Samples.Max(s => s.HeapMb);
}
