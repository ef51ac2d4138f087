namespace Stockbridge.Connectors.Channel;

/// <summary>What a channel holds for one SKU right now.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">Available quantity summed over the mapped locations.</param>
/// <param name="Price">The selling price.</param>
/// <param name="CompareAtPrice">The compare-at price, if any.</param>
/// <param name="Status">The product's status, mapped from the channel's own words; null when the channel did not say or used a word the connector does not know.</param>
public sealed record ChannelSnapshot(string Sku, decimal? Quantity, decimal? Price, decimal? CompareAtPrice, ChannelProductStatus? Status);
