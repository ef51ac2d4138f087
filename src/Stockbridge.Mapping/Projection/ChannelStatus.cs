using Stockbridge.Mapping.Channels;

namespace Stockbridge.Mapping.Projection;

/// <summary>The status values the projection hands a channel connector in <c>ProductPush.Status</c>.</summary>
public static class ChannelStatus
{
    /// <summary>Listed and for sale.</summary>
    public const string Active = "active";
    /// <summary>Kept but hidden (rule <c>hide</c>).</summary>
    public const string Draft = "draft";
    /// <summary>Archived (rule <c>archive</c>).</summary>
    public const string Archived = "archived";
    /// <summary>To be removed from the channel (rule <c>delete</c>); a connector without deletes archives instead.</summary>
    public const string Deleted = "deleted";

    /// <summary>The status an inactive product gets under <paramref name="action"/>.</summary>
    public static string For(InactiveProductAction action) => action switch
    {
        InactiveProductAction.Archive => Archived,
        InactiveProductAction.Delete => Deleted,
        _ => Draft,
    };
}
