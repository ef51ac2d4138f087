using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Source;

/// <summary>
/// A source whose raised orders the hub can change or cancel when the channel refunds or cancels (SYSPRO: SORTOI's change and
/// cancel documents). Both calls state the end the source's order should reach, so repeating one after a lost answer is safe.
/// A source that refuses (e.g. the order is already invoiced) throws <see cref="Errors.PermanentConnectorException"/> with its reason.
/// </summary>
public interface ISupportsOrderChanges
{
    /// <summary>
    /// Makes the source's order <paramref name="sourceOrderCode"/> hold <paramref name="target"/> (the order as raised, with order
    /// rules applied, less its refunds): lines no longer in it are removed, quantities and charges set to the target's.
    /// </summary>
    Task<OrderChangeResult> ChangeOrderAsync(string sourceOrderCode, Order target, CancellationToken cancellationToken);

    /// <summary>Cancels the source's order <paramref name="sourceOrderCode"/>; an order already cancelled is left as it is.</summary>
    Task<OrderChangeResult> CancelOrderAsync(string sourceOrderCode, string reason, CancellationToken cancellationToken);
}
