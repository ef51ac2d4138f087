namespace Stockbridge.Bench.Sql;

/// <summary>Memory at a point of the read.</summary>
/// <param name="Percent">How far through the expected variants.</param>
/// <param name="WorkingSetMb">The process's working set.</param>
/// <param name="HeapMb">The managed heap (GC.GetTotalMemory without collecting).</param>
public sealed record MemorySample(int Percent, double WorkingSetMb, double HeapMb);
