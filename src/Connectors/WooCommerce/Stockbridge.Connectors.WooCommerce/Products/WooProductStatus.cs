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

    /// <summary>WooCommerce's status back: publish → Active; draft and pending → Hidden; private → Archived; anything else null.</summary>
    public static ChannelProductStatus? From(string? status) => status switch
    {
        "publish" => ChannelProductStatus.Active,
        "draft" or "pending" => ChannelProductStatus.Hidden,
        "private" => ChannelProductStatus.Archived,
        _ => null,
    };
}
