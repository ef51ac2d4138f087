using System.Text.Json.Serialization;

namespace Stockbridge.Simulators.Faults;

/// <summary>What an injected fault does to a matching call (or, for the webhook kinds, to a matching delivery).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>Waits <see cref="FaultRule.LatencyMs"/> before handling the call normally.</summary>
    Latency,
    /// <summary>Answers a server error (<see cref="FaultRule.Status"/>, default 500, with the system's error body) without doing anything.</summary>
    ServerError,
    /// <summary>Aborts the connection before doing anything (the client sees a reset).</summary>
    DropConnection,
    /// <summary>Does the work and commits it, then gives no answer: waits <see cref="FaultRule.HangMs"/> and aborts the connection.</summary>
    TimeoutAfterCommit,
    /// <summary>Ends the caller's session first, as another logon would (systems with sessions); the call then fails as not logged on.</summary>
    EvictSession,
    /// <summary>Refuses the call as rate limited, with the system's own status, headers and body (a 429 storm when given a duration).</summary>
    Throttle,
    /// <summary>Does the work, then sends a truncated (unparseable) body.</summary>
    MalformedResponse,
    /// <summary>A webhook delivery is silently not sent.</summary>
    WebhookDrop,
    /// <summary>A webhook delivery is sent twice (same delivery id).</summary>
    WebhookDuplicate,
    /// <summary>A webhook delivery's body is truncated (still signed over what is sent).</summary>
    WebhookMalformed,
}
