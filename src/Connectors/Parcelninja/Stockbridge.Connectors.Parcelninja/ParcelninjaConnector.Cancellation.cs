using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>
/// Cancelling an outbound: <c>DELETE outbounds/{id}</c>, which Parcelninja refuses (400 with its X-Error-Message) once picking has
/// started. An outbound it no longer holds (404: deleted before, e.g. by an earlier attempt whose answer was lost) is cancelled.
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
        try
        {
            await api.SendAsync(HttpMethod.Delete, "outbounds/" + Id(shipmentId), null, cancellationToken);
        }
        catch (PermanentConnectorException e)
        {
            throw new PermanentConnectorException($"Parcelninja would not cancel outbound {shipmentId} of order {channelOrderCode}: {e.Message}", e.Code);
        }
    }
}
