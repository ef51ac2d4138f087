namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>A (client, connection, key) that has a job running: no other job of that record may start.</summary>
internal sealed record RunningKey(string ClientId, string? ConnectionId, string Key);
