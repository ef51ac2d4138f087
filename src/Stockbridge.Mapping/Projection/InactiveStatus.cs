using Stockbridge.Connectors.Channel;
using Stockbridge.Mapping.Channels;

namespace Stockbridge.Mapping.Projection;

/// <summary>The channel status an inactive (or left-out) product gets under the connection's inactive rule.</summary>
public static class InactiveStatus
{
    /// <summary>The status an inactive product gets under <paramref name="action"/>.</summary>
    public static ChannelProductStatus For(InactiveProductAction action) => action switch
    {
        InactiveProductAction.Archive => ChannelProductStatus.Archived,
        InactiveProductAction.Delete => ChannelProductStatus.Deleted,
        _ => ChannelProductStatus.Hidden,
    };
}
