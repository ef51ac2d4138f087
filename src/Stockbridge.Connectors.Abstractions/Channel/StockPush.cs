namespace Stockbridge.Connectors.Channel;

/// <summary>An absolute available quantity for one SKU at one channel location.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The channel location id (or null for the channel's default).</param>
/// <param name="Quantity">The quantity to set.</param>
/// <param name="ExpectedCurrent">The quantity last written, for compare-and-swap where the channel supports it.</param>
/// <param name="Link">The channel's ids for this SKU, if known.</param>
public sealed record StockPush(string Sku, string? Location, decimal Quantity, decimal? ExpectedCurrent, ChannelLink? Link);
