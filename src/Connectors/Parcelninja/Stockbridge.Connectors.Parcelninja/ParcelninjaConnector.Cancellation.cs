using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Parcelninja.Outbounds;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>
/// The hub's shipment cancellation: the outbound is checked to be the order's, then deleted (<see cref="CancelShipmentAsync(string, CancellationToken)"/>);
/// one Parcelninja no longer holds counts as cancelled, and a refusal (picking has started) is thrown with Parcelninja's words.
/// </summary>
public sealed partial class ParcelninjaConnector : ISupportsShipmentCancellation
{
    /// <inheritdoc />
    public async Task CancelShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var view = await ReadShipmentAsync(shipmentId, cancellationToken);
        if (view is null) return;
        if (!string.Equals(view.ChannelOrderCode, channelOrderCode, StringComparison.Ordinal))
            throw new PermanentConnectorException($"Parcelninja's outbound {shipmentId} is for order {view.ChannelOrderCode}, not {channelOrderCode}: not cancelled.");
        var result = await CancelShipmentAsync(shipmentId, cancellationToken);
        if (result.Outcome == OutboundCancellationOutcome.Refused) throw new PermanentConnectorException(result.Reason, "cancel_refused");
    }
}
