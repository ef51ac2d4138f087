namespace Stockbridge.Connectors.Syspro.Simulator.Faults;

/// <summary>
/// One fault to inject. Scope it by <see cref="Count"/> (the next N matching calls), <see cref="Probability"/>
/// (each matching call with this chance), or <see cref="FirstAttemptPerPo"/> (only the first SORTOI post of each
/// CustomerPoNumber). Rules are tried in the order they were added; the first that matches wins.
/// </summary>
public sealed record FaultRule
{
    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>Which calls it applies to. <value>Any</value></summary>
    public FaultTarget Target { get; init; } = FaultTarget.Any;

    /// <summary>How many matching calls it hits before it is used up; null: no limit.</summary>
    public int? Count { get; init; }

    /// <summary>The chance (0..1) that a matching call is hit; null: always.</summary>
    public double? Probability { get; init; }

    /// <summary>Only the first SORTOI post carrying a given CustomerPoNumber is hit.</summary>
    public bool FirstAttemptPerPo { get; init; }

    /// <summary>The delay of a <see cref="FaultKind.Latency"/> fault. <value>1000</value></summary>
    public int LatencyMs { get; init; } = 1000;

    /// <summary>How long a <see cref="FaultKind.TimeoutAfterCommit"/> hangs before the connection is aborted. <value>0</value></summary>
    public int HangMs { get; init; }
}
