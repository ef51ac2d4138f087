namespace Stockbridge.Simulators.Faults;

/// <summary>
/// One fault to inject. Scope it by <see cref="Target"/> (which calls), and by <see cref="Count"/> (the next N
/// matching calls), <see cref="Probability"/> (each matching call with this chance), <see cref="DurationMs"/> (every
/// matching call for this long: a storm) or <see cref="FirstAttemptPerKey"/> (only the first call carrying each key,
/// e.g. each order number). Rules are tried in the order they were added; the first that matches wins.
/// </summary>
public sealed record FaultRule
{
    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>Which calls (or webhook topics) it applies to; see <see cref="FaultTargets"/>. <value>*</value></summary>
    public string Target { get; init; } = FaultTargets.Any;

    /// <summary>How many matching calls it hits before it is used up; null: no limit.</summary>
    public int? Count { get; init; }

    /// <summary>The chance (0..1) that a matching call is hit; null: always.</summary>
    public double? Probability { get; init; }

    /// <summary>How long after it is added the rule lasts (milliseconds, by the simulator's clock); null: until used up or cleared.</summary>
    public int? DurationMs { get; init; }

    /// <summary>Only the first call carrying a given key (the simulator says which: SYSPRO the SORTOI CustomerPoNumbers) is hit.</summary>
    public bool FirstAttemptPerKey { get; init; }

    /// <summary>The delay of a <see cref="FaultKind.Latency"/> fault. <value>1000</value></summary>
    public int LatencyMs { get; init; } = 1000;

    /// <summary>How long a <see cref="FaultKind.TimeoutAfterCommit"/> hangs before the connection is aborted. <value>0</value></summary>
    public int HangMs { get; init; }

    /// <summary>The HTTP status of a <see cref="FaultKind.ServerError"/> or <see cref="FaultKind.Throttle"/>; null: the simulator's own.</summary>
    public int? Status { get; init; }

    /// <summary>The body of a <see cref="FaultKind.ServerError"/>; null: the simulator's own.</summary>
    public string? Body { get; init; }
}
