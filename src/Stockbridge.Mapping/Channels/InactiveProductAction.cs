namespace Stockbridge.Mapping.Channels;

/// <summary>What a channel does with a product the source marks inactive or drops, or the rules leave out.</summary>
public enum InactiveProductAction
{
    /// <summary>Keep it on the channel but hidden (Shopify status <c>draft</c>).</summary>
    Hide,
    /// <summary>Archive it (Shopify status <c>archived</c>).</summary>
    Archive,
    /// <summary>Remove it from the channel (status <c>deleted</c>, see <see cref="Projection.ChannelStatus.Deleted"/>).</summary>
    Delete,
}
