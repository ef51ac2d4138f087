using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Support;

/// <summary>
/// The engine's raise loop, reduced to its rule: after a failure whose outcome is unknown, ask the source for the
/// order by its channel order code before trying again.
/// </summary>
public static class ExactlyOnceLoop
{
    public static async Task<(RaisedOrder Order, int Attempts)> RaiseAsync(IOrderRaiser raiser, Order order, CancellationToken cancellationToken, int maxAttempts = 5)
    {
        var outcomeUnknown = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (outcomeUnknown && await raiser.FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken) is { } found) return (found, attempt);
                return (await raiser.RaiseOrderAsync(order, cancellationToken), attempt);
            }
            catch (TransientConnectorException e) when (attempt < maxAttempts)
            {
                outcomeUnknown |= e.OutcomeUnknown;
            }
        }
    }

    /// <summary>What a hub without the rule would do: just send it again.</summary>
    public static async Task<RaisedOrder> RaiseNaivelyAsync(IOrderRaiser raiser, Order order, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await raiser.RaiseOrderAsync(order, cancellationToken); }
            catch (TransientConnectorException) when (attempt < 5) { /* retry blindly */ }
        }
    }
}
