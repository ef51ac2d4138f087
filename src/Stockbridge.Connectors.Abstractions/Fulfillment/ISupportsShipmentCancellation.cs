namespace Stockbridge.Connectors.Fulfillment;

/// <summary>
/// A fulfilment service that can call a shipment off before it leaves (Parcelninja: <c>DELETE outbounds/{id}</c>, refused once
/// picking has started). A shipment already gone counts as cancelled, so a repeat is safe; a refusal throws
/// <see cref="Errors.PermanentConnectorException"/> with the service's reason.
/// </summary>
public interface ISupportsShipmentCancellation
{
    /// <summary>Cancels shipment <paramref name="shipmentId"/> of order <paramref name="channelOrderCode"/>.</summary>
    Task CancelShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken);
}
