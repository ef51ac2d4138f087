namespace Stockbridge.Web.Api.Connections;

/// <summary>The job a "sync now" enqueued.</summary>
public sealed record SyncStartedView(long JobId, string Kind);
