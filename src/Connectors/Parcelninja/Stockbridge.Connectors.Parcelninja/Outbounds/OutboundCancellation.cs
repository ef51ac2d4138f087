namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>What became of a request to cancel (delete) an outbound.</summary>
/// <param name="Outcome">Cancelled, already gone, or refused.</param>
/// <param name="Reason">For a person: Parcelninja's own words when it refused.</param>
public sealed record OutboundCancellation(OutboundCancellationOutcome Outcome, string Reason);
