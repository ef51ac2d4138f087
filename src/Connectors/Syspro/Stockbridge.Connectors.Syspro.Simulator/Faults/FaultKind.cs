namespace Stockbridge.Connectors.Syspro.Simulator.Faults;

/// <summary>What an injected fault does to a matching e.net call.</summary>
public enum FaultKind
{
    /// <summary>Waits <see cref="FaultRule.LatencyMs"/> before handling the call normally.</summary>
    Latency,
    /// <summary>Replies 500 without doing anything.</summary>
    ServerError,
    /// <summary>Aborts the connection before doing anything (the client sees a reset).</summary>
    DropConnection,
    /// <summary>Does the work and commits it, then gives no answer: waits <see cref="FaultRule.HangMs"/> and aborts the connection.</summary>
    TimeoutAfterCommit,
    /// <summary>Evicts the caller's session first, as another logon of the same operator would; the call then fails as not logged on.</summary>
    EvictSession,
}
