namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>One event in an outbound's history.</summary>
/// <param name="Code">Its code (<see cref="OutboundEventCodes"/>).</param>
/// <param name="At">When it happened, by the simulator's clock.</param>
/// <param name="Description">Its description.</param>
public sealed record OutboundEvent(int Code, DateTimeOffset At, string Description);
