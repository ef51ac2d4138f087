using Stockbridge.Connectors.Channel;

namespace Stockbridge.Connectors.Shopify.Products;

/// <summary>
/// Shopify's product status words (<c>ProductStatus</c>: ACTIVE, DRAFT, ARCHIVED) for a <see cref="ChannelProductStatus"/>
/// and back. Shopify has no deleted status: a product to delete is archived.
/// </summary>
public static class ShopifyProductStatus
{
    /// <summary>The status productSet is given. A product pushed active though the source marks it inactive takes the
    /// connection's inactive status (<paramref name="inactiveStatus"/>: DRAFT or ARCHIVED).</summary>
    public static string For(ChannelProductStatus status, bool productActive, string inactiveStatus) => status switch
    {
        ChannelProductStatus.Active => productActive ? "ACTIVE" : inactiveStatus,
        ChannelProductStatus.Hidden => "DRAFT",
        ChannelProductStatus.Archived or ChannelProductStatus.Deleted => "ARCHIVED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a channel product status."),
    };

    /// <summary>The status a Shopify status word stands for; null when absent or unknown (e.g. UNLISTED).</summary>
    public static ChannelProductStatus? From(string? shopifyStatus) => shopifyStatus?.ToUpperInvariant() switch
    {
        "ACTIVE" => ChannelProductStatus.Active,
        "DRAFT" => ChannelProductStatus.Hidden,
        "ARCHIVED" => ChannelProductStatus.Archived,
        _ => null,
    };
}
