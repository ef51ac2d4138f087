using Stockbridge.Connectors.Channel;

namespace Stockbridge.Mapping.Projection;

/// <summary>
/// The words a <see cref="ChannelProductStatus"/> is written as wherever the hub keeps or shows it: in the projection
/// hash (so a link's pushed hash), in push results, audit entries and drift findings. They predate the enum and must
/// not change: a different word would change every projection hash and re-push every product.
/// </summary>
public static class StoredChannelStatus
{
    /// <summary>The stored word: active, draft, archived or deleted.</summary>
    public static string Word(ChannelProductStatus status) => status switch
    {
        ChannelProductStatus.Active => "active",
        ChannelProductStatus.Hidden => "draft",
        ChannelProductStatus.Archived => "archived",
        ChannelProductStatus.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a channel product status."),
    };

}
