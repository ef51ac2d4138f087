using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// Reads a channel's orders created or updated since a time, for the order poll and the reconcile sweep. When the
/// connector has an order index (<see cref="ISupportsOrderIndex"/>) it lists codes only and reads in full just the
/// orders the hub does not hold: an order the hub holds was taken in already, and its later changes come by webhook,
/// while the hub's own write-back (tags, note) makes every raised order "updated" and would otherwise be read again in
/// full by every poll. Without an index it reads every order in the window.
/// </summary>
public sealed class ChannelOrderReader(OrderRecords orders)
{
    /// <summary>The orders to take in, and how many the channel listed.</summary>
    public async Task<(List<Order> Orders, int Listed)> ReadSinceAsync(
        ConnectionRecord channel, IChannelConnector connector, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(connector);
        var read = new List<Order>();
        if (connector is not ISupportsOrderIndex index)
        {
            await foreach (var order in connector.ReadOrdersAsync(since, cancellationToken)) read.Add(order);
            return (read, read.Count);
        }
        var listed = 0;
        await foreach (var entry in index.ListOrdersAsync(since, cancellationToken))
        {
            listed++;
            if (await orders.GetAsync(channel.ClientId, OrderRecords.Key(channel.Id, entry.ChannelOrderCode), cancellationToken) is not null) continue;
            if (await index.ReadOrderAsync(entry, cancellationToken) is { } order) read.Add(order);
        }
        return (read, listed);
    }
}
