using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Api.Records;

/// <summary>A record with its links in each connection and its history across systems (oldest first).</summary>
public sealed record RecordHistoryView(RecordView Record, IReadOnlyList<LinkView> Links, IReadOnlyList<HistoryEntryView> History);

/// <summary>Where a record lives in one connection and what was last pushed there.</summary>
public sealed record LinkView(string ConnectionId, string ExternalId, string? PushedHash, DateTimeOffset? PushedAt)
{
    /// <summary>The view of a link.</summary>
    public static LinkView From(RecordLink link) => new(link.ConnectionId, link.ExternalId, link.PushedHash, link.PushedAt);
}

/// <summary>One event in a record's history: what happened, where, when and by which job.</summary>
public sealed record HistoryEntryView(DateTimeOffset At, string Action, string? ConnectionId, long? JobId, string Detail, string? Hash)
{
    /// <summary>The view of an audit entry.</summary>
    public static HistoryEntryView From(AuditEntry entry) => new(entry.At, entry.Action, entry.ConnectionId, entry.JobId, entry.Detail, entry.Hash);
}
