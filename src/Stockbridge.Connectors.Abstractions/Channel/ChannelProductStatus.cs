namespace Stockbridge.Connectors.Channel;

/// <summary>
/// How a channel should show a product. Each channel connector maps these to its own words (Shopify:
/// <c>ACTIVE</c>, <c>DRAFT</c>, <c>ARCHIVED</c>).
/// </summary>
public enum ChannelProductStatus
{
    /// <summary>Listed and for sale.</summary>
    Active,
    /// <summary>Kept on the channel but not shown to shoppers (the connection's inactive rule <c>hide</c>).</summary>
    Hidden,
    /// <summary>Archived (the inactive rule <c>archive</c>).</summary>
    Archived,
    /// <summary>To be removed from the channel (the inactive rule <c>delete</c>); a channel without deletes archives instead.</summary>
    Deleted,
}
