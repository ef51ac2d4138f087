namespace Stockbridge.Mapping.Channels;

/// <summary>What a channel does with a product the source marks inactive or drops, or the rules leave out.</summary>
public enum InactiveProductAction
{
    /// <summary>Keep it on the channel but hidden (<see cref="Connectors.Channel.ChannelProductStatus.Hidden"/>; Shopify <c>DRAFT</c>).</summary>
    Hide,
    /// <summary>Archive it (<see cref="Connectors.Channel.ChannelProductStatus.Archived"/>; Shopify <c>ARCHIVED</c>).</summary>
    Archive,
    /// <summary>Remove it from the channel (<see cref="Connectors.Channel.ChannelProductStatus.Deleted"/>).</summary>
    Delete,
}
