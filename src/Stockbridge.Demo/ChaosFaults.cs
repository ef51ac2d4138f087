using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Demo;

/// <summary>The SYSPRO fault mix of the chaos test and the soak: timeouts after commit, 5xx and latency.</summary>
public static class ChaosFaults
{
    /// <summary>15 % of SORTOI posts commit and then time out; 5 % of all calls answer 500; 5 % wait 300 ms.</summary>
    public static IReadOnlyList<FaultRule> Rules() =>
    [
        new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Probability = 0.15 },
        new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Any, Probability = 0.05 },
        new FaultRule { Kind = FaultKind.Latency, Target = FaultTarget.Any, Probability = 0.05, LatencyMs = 300 },
    ];
}
