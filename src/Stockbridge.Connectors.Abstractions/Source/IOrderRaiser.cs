using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Source;

/// <summary>
/// A source that accepts orders (e.g. SYSPRO SORTOI). The engine makes raising exactly-once: it records the intent
/// before <see cref="RaiseOrderAsync"/>, and after any failure whose outcome is unknown it calls
/// <see cref="FindRaisedOrderAsync"/> before it tries again.
/// </summary>
public interface IOrderRaiser
{
    /// <summary>
    /// Raises the order and returns the source's order number. Throws <see cref="Errors.PermanentConnectorException"/>
    /// with the source's reason for data it rejects; a timeout is a <see cref="Errors.TransientConnectorException"/>
    /// with <c>OutcomeUnknown</c> set.
    /// </summary>
    Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken);

    /// <summary>Looks up an order already raised for this channel order code (the customer PO number); null if none.</summary>
    Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken);
}
