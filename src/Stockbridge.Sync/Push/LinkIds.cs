using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Push;

/// <summary>Converts between a channel's <see cref="ChannelLink"/> and the store's <see cref="RecordLink"/>.</summary>
public static class LinkIds
{
    /// <summary>The channel link of a stored link, or null (also for a product deleted from the channel: empty external id).</summary>
    public static ChannelLink? ToChannel(RecordLink? link) =>
        link is null || link.ExternalId.Length == 0 ? null : new ChannelLink(link.ExternalId, JsonSerializer.Deserialize<Dictionary<string, string>>(link.IdsJson) ?? []);

    /// <summary>The JSON of a channel link's further ids.</summary>
    public static string ToJson(ChannelLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return JsonSerializer.Serialize(new SortedDictionary<string, string>(link.Ids.ToDictionary(), StringComparer.Ordinal));
    }

    /// <summary>What is kept of a product deleted from the channel: no ids, so a later push creates it anew.</summary>
    public static ChannelLink Deleted { get; } = new(string.Empty, new Dictionary<string, string>());
}
