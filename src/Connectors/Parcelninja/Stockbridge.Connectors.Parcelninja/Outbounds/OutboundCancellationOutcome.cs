namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>The outcome of cancelling an outbound.</summary>
public enum OutboundCancellationOutcome
{
    /// <summary>Parcelninja deleted it; its stock is released.</summary>
    Cancelled,
    /// <summary>Parcelninja holds no such outbound (deleted before, or never created): nothing to cancel.</summary>
    AlreadyGone,
    /// <summary>Parcelninja refused: picking has started (or another reason it gave). The parcel will ship; act on it by hand.</summary>
    Refused,
}
