using Stockbridge.Connectors.Channel;

namespace Stockbridge.Connectors.WooCommerce.Products;

/// <summary>A <see cref="ChannelProductStatus"/> in WooCommerce's words.</summary>
public static class WooProductStatus
{
    /// <summary>Active → publish; Hidden → draft; Archived and Deleted → private (the connector never deletes products).</summary>
    public static string For(ChannelProductStatus status) => status switch
    {
        ChannelProductStatus.Active => "publish",
        ChannelProductStatus.Hidden => "draft",
        ChannelProductStatus.Archived or ChannelProductStatus.Deleted => "private",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown channel product status."),
    };
}
