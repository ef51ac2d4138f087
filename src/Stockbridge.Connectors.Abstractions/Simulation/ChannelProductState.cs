namespace Stockbridge.Connectors.Simulation;

/// <summary>What a channel shows for one SKU.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Title">The product's title.</param>
/// <param name="Price">The price the shopper sees.</param>
/// <param name="Quantity">The available quantity, or null when the channel does not track it.</param>
/// <param name="Status">The channel's own status word (e.g. ACTIVE, publish, 1).</param>
/// <param name="ForSale">Whether a shopper can buy it now (its status shows it on the storefront).</param>
public sealed record ChannelProductState(string Sku, string Title, decimal Price, decimal? Quantity, string Status, bool ForSale);
