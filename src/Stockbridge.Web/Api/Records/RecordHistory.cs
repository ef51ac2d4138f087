using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Api.Records;

/// <summary>Gathers a record with its links (one per connection of the client) and its audit history.</summary>
public static class RecordHistory
{
    /// <summary>The record's history view, or null when the client has no such record.</summary>
    public static async Task<(HubRecord Record, IReadOnlyList<RecordLink> Links, IReadOnlyList<AuditEntry> History)?> LoadAsync(
        IStore store, string clientId, string entity, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var record = await store.Records.GetAsync(clientId, entity, key, cancellationToken);
        if (record is null) return null;
        var links = new List<RecordLink>();
        foreach (var connection in await store.Connections.ListAsync(clientId, cancellationToken))
        {
            if (await store.Records.GetLinkAsync(clientId, connection.Id, entity, key, cancellationToken) is { } link) links.Add(link);
        }
        var history = await store.Records.HistoryAsync(clientId, entity, key, cancellationToken);
        return (record, links, history);
    }

    /// <summary>The API view of a loaded history.</summary>
    public static RecordHistoryView ToView((HubRecord Record, IReadOnlyList<RecordLink> Links, IReadOnlyList<AuditEntry> History) loaded) =>
        new(RecordView.From(loaded.Record), [.. loaded.Links.Select(LinkView.From)], [.. loaded.History.Select(HistoryEntryView.From)]);
}
