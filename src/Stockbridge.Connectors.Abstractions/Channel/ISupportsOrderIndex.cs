using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Channel;

/// <summary>
/// Optional: a channel that can list its orders cheaply (code and id only) and read one order in full. Order polls and
/// reconcile sweeps then read in full only the orders the hub does not hold yet, instead of every order in the window
/// again (on Shopify a full page of 7 orders costs 898 points; an index page of 250 costs 252).
/// </summary>
public interface ISupportsOrderIndex
{
    /// <summary>Every order created or updated since <paramref name="since"/>, oldest change first.</summary>
    IAsyncEnumerable<ChannelOrderRef> ListOrdersAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The order in full as <see cref="IChannelConnector.ReadOrdersAsync"/> would give it, or null when it is gone.</summary>
    Task<Order?> ReadOrderAsync(ChannelOrderRef order, CancellationToken cancellationToken);
}
