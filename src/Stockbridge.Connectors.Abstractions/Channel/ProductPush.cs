using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Channel;

/// <summary>A product as this channel should show it (already projected by the connection's rules).</summary>
/// <param name="Product">The projected product: price, compare-at and quantity already chosen.</param>
/// <param name="Status">How the channel should show it, per the connection's rule for inactive products; the connector maps it to the channel's own words.</param>
/// <param name="Link">What the channel called this product last time (null for a new one).</param>
public sealed record ProductPush(Product Product, ChannelProductStatus Status, ChannelLink? Link);
